/// A set of lower-case words with a bit filter in front: most tokens are in none of the small word
/// lists the finders consult per token, and testing a bit of the word's three-character key is far
/// cheaper than hashing the whole string.
struct WordSet: Sendable {
    /// The words, for iteration and set algebra.
    let words: Set<String>
    private var filter = [UInt64](repeating: 0, count: 64)

    init<S: Sequence>(_ words: S) where S.Element == String {
        self.words = Set(words)
        for word in self.words {
            let bit = Self.bit(ClaimToken.key(of: word))
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    /// True when `word` (lower-case) is in the set.
    func contains(_ word: String) -> Bool {
        let bit = Self.bit(ClaimToken.key(of: word))
        return filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 && words.contains(word)
    }

    /// True when the token's lower-case text is in the set (its key is precomputed).
    func contains(_ token: ClaimToken) -> Bool {
        let bit = Self.bit(token.key)
        return filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 && words.contains(token.lower)
    }

    private static func bit(_ key: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15) >> 52)
    }
}

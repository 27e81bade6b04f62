/// A set of lower-case words with a bit filter in front: most tokens are in none of the small word
/// lists the finders consult per token, and testing a bit of the word's three-character key is far
/// cheaper than hashing the whole string.
///
/// A token that passes the filter is looked up by its UTF-8 bytes in an open-addressing table (FNV-1a
/// hash, linear probing, byte comparison) when both it and every word of the set are Latin-1 text, for
/// which byte equality is string equality (``ClaimToken/isLatin1``); `Set<String>` hashes with SipHash
/// and normalises any non-ASCII word on the way, which made its look-ups a visible share of the stage.
struct WordSet: Sendable {
    /// The words, for iteration and set algebra.
    let words: Set<String>
    private var filter = [UInt64](repeating: 0, count: 64)
    /// True when every word is Latin-1 text, so that the byte table answers for Latin-1 tokens.
    private var isLatin1 = true
    /// Slots of the byte table: an index into `list` plus one, 0 for an empty slot.
    private var slots: [Int32] = []
    private var list: [String] = []
    private var mask = 0

    init<S: Sequence>(_ words: S) where S.Element == String {
        self.words = Set(words)
        for word in self.words {
            let bit = Self.bit(ClaimToken.key(of: word))
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        isLatin1 = self.words.allSatisfy(ClaimToken.isLatin1)
        guard isLatin1 else { return }
        var capacity = 8
        while capacity < self.words.count * 2 { capacity *= 2 }
        mask = capacity - 1
        slots = [Int32](repeating: 0, count: capacity)
        list = Array(self.words)
        for (position, word) in list.enumerated() {
            var slot = Self.hash(word) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(position + 1)
        }
    }

    /// True when `word` (lower-case) is in the set.
    func contains(_ word: String) -> Bool {
        let bit = Self.bit(ClaimToken.key(of: word))
        return filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 && words.contains(word)
    }

    /// True when the token's lower-case text is in the set (its key is precomputed). Inlined, so that a
    /// token read from an array is tested in place rather than copied (a copy retains its two strings).
    @inline(__always)
    func contains(_ token: ClaimToken) -> Bool {
        let bit = Self.bit(token.key)
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return false }
        guard isLatin1 && token.isLatin1 else { return words.contains(token.lower) }
        return containsBytes(of: token.lower)
    }

    /// The byte table's answer for a Latin-1 word (the caller checks that the set is Latin-1).
    /// - Complexity: O(1) expected; no allocation.
    private func containsBytes(of word: String) -> Bool {
        var slot = Self.hash(word) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return false }
            if PhraseTable<Bool>.bytesMatch(word, list[entry - 1], prefix: false) { return true }
            slot = (slot + 1) & mask
        }
    }

    /// FNV-1a of the word's UTF-8 bytes, its high bits folded down.
    @inline(__always)
    private static func hash(_ word: String) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in word.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }

    private static func bit(_ key: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15) >> 52)
    }
}

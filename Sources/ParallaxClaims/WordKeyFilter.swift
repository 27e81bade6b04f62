/// A first test whether a token may equal one of a list of words, by its ``ClaimToken/wordKey``, for the string-keyed
/// dictionaries and sets a finder asks about every word (round 24b: `EntityFinder.isNameWord` hashed every capitalised
/// word with SipHash twice, for the number words and the common words).
///
/// Exact in one direction: two Latin-1 strings are equal exactly when their UTF-8 bytes are, and equal bytes have equal
/// keys — so while every listed word is Latin-1, a Latin-1 token whose key is none of theirs equals none of them. A token
/// with another character, or a list with one, is always let through to the look-up it stands in front of.
struct WordKeyFilter: Sendable {
    /// The words' keys; `nil` when a word is not Latin-1 (the filter then lets every token through).
    private let keys: IntKeyIndex?

    init<Words: Sequence>(_ words: Words) where Words.Element == String {
        let words = Array(words)
        keys = words.allSatisfy(ClaimToken.isLatin1) ? IntKeyIndex(keys: words.map { ClaimToken.wordKey(of: $0) }) : nil
    }

    /// False when `token.lower` is none of the words; true when it may be one.
    /// - Complexity: O(1) expected: one integer look-up.
    @inline(__always)
    func mayContain(_ token: ClaimToken) -> Bool {
        guard let keys, token.isLatin1 else { return true }
        return keys.contains(token.wordKey)
    }

    /// For an ASCII `word`: false when it is none of the words, true when it may be one; `nil` when the filter cannot
    /// answer (the word is not ASCII, or a listed word is not Latin-1), and the look-up must decide. An ASCII word equals a
    /// Latin-1 word exactly when their bytes are equal, so the keys answer as they do for a token.
    /// - Complexity: O(b) for a word of b bytes: one pass over its bytes and one integer look-up.
    func mayContain(ascii word: String) -> Bool? {
        guard let keys, let key = Self.asciiKey(word) else { return nil }
        return keys.contains(key)
    }

    /// ``ClaimToken/wordKey(of:)`` of `word` when it is ASCII, read on its contiguous bytes in one pass; `nil` otherwise.
    static func asciiKey(_ word: String) -> Int? {
        let key = word.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            for byte in bytes where byte >= 0x80 { return nil }
            return ClaimToken.wordKey(of: bytes)
        }
        if let key { return key }
        return word.utf8.allSatisfy({ $0 < 0x80 }) ? ClaimToken.wordKey(of: word) : nil
    }
}

/// A set of lower-case words with a bit filter in front: most tokens are in none of the small word
/// lists the finders consult per token, and testing a bit of the word's three-character key is far
/// cheaper than hashing the whole string.
///
/// A token that passes the filter is looked up by its UTF-8 bytes in an open-addressing table (FNV-1a
/// hash, linear probing, byte comparison) when both it and every word of the set are Latin-1 text, for
/// which byte equality is string equality (``ClaimToken/isLatin1``); `Set<String>` hashes with SipHash
/// and normalises any non-ASCII word on the way, which made its look-ups a visible share of the stage.
///
/// The table is keyed by ``ClaimToken/wordKey`` (round 21): the tokenizer has already hashed every token's bytes so,
/// and every phrase table files its first words under the same key, so a token is looked up here without hashing its
/// word again (the hash over the `UTF8View` was most of this look-up's 1.7 % of the claims stage by profile), and a
/// slot whose key differs is passed over without reading its word.
struct WordSet: Sendable {
    /// The words, for iteration and set algebra.
    let words: Set<String>
    private var filter = [UInt64](repeating: 0, count: 64)
    /// True when every word is Latin-1 text, so that the byte table answers for Latin-1 tokens.
    private var isLatin1 = true
    /// Slots of the byte table: an index into `list` plus one, 0 for an empty slot.
    private var slots: [Int32] = []
    /// The words' ``ClaimToken/wordKey``s, at the same positions as `slots`.
    private var slotKeys: [Int] = []
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
        slotKeys = [Int](repeating: 0, count: capacity)
        list = Array(self.words)
        for (position, word) in list.enumerated() {
            let key = ClaimToken.wordKey(of: word)
            var slot = Self.slot(key) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(position + 1)
            slotKeys[slot] = key
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
        return containsBytes(of: token.lower, key: token.wordKey)
    }

    /// The byte table's answer for a Latin-1 word whose ``ClaimToken/wordKey`` is `key` (the caller checks that the set
    /// is Latin-1).
    /// - Complexity: O(1) expected; no allocation, no hashing of the word.
    private func containsBytes(of word: String, key: Int) -> Bool {
        var slot = Self.slot(key) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return false }
            if slotKeys[slot] == key && PhraseTable<Bool>.bytesMatch(word, list[entry - 1], prefix: false) { return true }
            slot = (slot + 1) & mask
        }
    }

    /// A word key spread over the slots (its low bits alone are the FNV hash's weakest).
    @inline(__always)
    private static func slot(_ key: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15) >> 32)
    }

    private static func bit(_ key: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15) >> 52)
    }
}

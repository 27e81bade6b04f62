/// The shape of a language's number words — their lengths and how each begins — for splitting a
/// compound (`zweitausenddreihundert`) without looking up every prefix.
///
/// ``NumberParser`` splits a word by trying the number words' lengths, longest first, at each place;
/// each try made a `String` of the prefix and hashed it, and most tries fail (`einsatzkräfte` is
/// tried at eleven lengths after `ein`, then `satzkräfte` at ten). A prefix of three or more
/// characters can only be a number word of its length that starts with its first three scalars, so
/// one integer look-up of (first three scalars, length) rejects the rest. Built once per pack.
struct NumberWordIndex: Sendable {
    /// The lengths (in characters) of the number words up to twelve characters, longest first.
    let lengths: [Int]
    /// `head(key:length:)` of every number word of three or more characters.
    private let heads: IntKeyIndex
    /// False when a number word has a scalar from U+0300 up (a combining mark may follow): such a
    /// word can equal a prefix with other scalars (canonical equivalence), and the filter is not used.
    private let isExact: Bool

    /// The index of `words` (lower-case number words).
    init<Words: Sequence>(_ words: Words) where Words.Element == String {
        var lengths: Set<Int> = []
        var heads: [Int] = []
        var isExact = true
        for word in words {
            let count = word.count
            if count <= 12 { lengths.insert(count) }
            if count >= 3 { heads.append(Self.head(key: ClaimToken.key(of: word, length: 3), length: count)) }
            if word.unicodeScalars.contains(where: { $0.value >= 0x300 }) { isExact = false }
        }
        self.lengths = lengths.sorted(by: >)
        self.heads = IntKeyIndex(keys: heads)
        self.isExact = isExact
    }

    /// The first three scalars of `text` packed as ``ClaimToken/key(of:length:)`` packs them, or `nil`
    /// when the filter cannot decide for `text`: it has a scalar from U+0300 up (a lead byte from
    /// CC), whose words may be canonically equal to differently spelt ones.
    func key(of text: Substring) -> Int? {
        guard isExact, !text.utf8.contains(where: { $0 >= 0xCC }) else { return nil }
        var key = 0
        var count = 0
        for scalar in text.unicodeScalars {
            key = key &* 0x110000 &+ Int(scalar.value)
            count += 1
            if count == 3 { break }
        }
        return key
    }

    /// False when no number word of `length` characters (three or more) begins with the scalars of
    /// `key` (from ``key(of:)`` of the text the prefix is cut from); true may be a false alarm.
    /// - Complexity: O(1).
    func mayBeWord(key: Int, length: Int) -> Bool {
        length < 3 || heads.contains(Self.head(key: key, length: length))
    }

    /// A key and a length mixed into one integer (collisions only let a prefix through to the look-up).
    private static func head(key: Int, length: Int) -> Int {
        (key &* 31 &+ length) & Int.max
    }
}

/// Multi-word phrases matched against a token sequence, longest match first.
///
/// A phrase is tokenized with ``ClaimTokenizer`` and compared token by token on the lower-cased text.
/// A phrase ending in `*` matches any token that starts with its last word (`entsand*` matches
/// `entsandt` and `entsandten`). Look-up is by the first three characters of the first token, so
/// matching at one position costs a hash look-up and a few comparisons.
struct PhraseTable<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        var words: [String]
        var lastIsPrefix: Bool
        var value: Value
    }

    private var buckets: [Int: [Entry]] = [:]
    /// A 4,096-bit filter of the first words' keys: most tokens start no phrase, and a bit test is
    /// far cheaper than hashing the key into `buckets`.
    private var filter = [UInt64](repeating: 0, count: 64)

    init() {}

    /// A table of `phrase → value` pairs.
    init(_ pairs: [(String, Value)]) {
        for (phrase, value) in pairs { insert(phrase, value) }
    }

    /// Adds one phrase.
    mutating func insert(_ phrase: String, _ value: Value) {
        var text = phrase.lowercased()
        var prefix = false
        if text.hasSuffix("*") {
            prefix = true
            text.removeLast()
        }
        let words = ClaimTokenizer.tokens(of: text).map(\.lower)
        guard let first = words.first else { return }
        let bit = Self.bit(Self.key(first))
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
        buckets[Self.key(first), default: []].append(Entry(words: words, lastIsPrefix: prefix, value: value))
        buckets[Self.key(first)]?.sort { $0.words.count > $1.words.count }
    }

    /// The look-up keys of all first words, for a quick test whether a token can start any phrase.
    var keys: Set<Int> { Set(buckets.keys) }

    /// True when the table has no phrase.
    var isEmpty: Bool { buckets.isEmpty }

    /// The longest phrase that starts at `index`: its length in tokens and its value.
    /// - Complexity: O(k) in the number of phrases sharing the first token's first three characters.
    func match(_ tokens: [ClaimToken], at index: Int) -> (length: Int, value: Value)? {
        guard index < tokens.count else { return nil }
        let key = tokens[index].key
        let bit = Self.bit(key)
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0, let entries = buckets[key] else { return nil }
        var best: (length: Int, value: Value)?
        for entry in entries where index + entry.words.count <= tokens.count {
            if let current = best, current.length >= entry.words.count { break }
            var matched = true
            for (offset, word) in entry.words.enumerated() {
                let token = tokens[index + offset].lower
                let isLast = offset == entry.words.count - 1
                if isLast && entry.lastIsPrefix ? !token.hasPrefix(word) : token != word {
                    matched = false
                    break
                }
            }
            if matched { best = (entry.words.count, entry.value) }
        }
        return best
    }

    /// The value of a one-token phrase equal to (or, for a prefix phrase, starting) `word`.
    func value(of word: String) -> Value? {
        match([ClaimToken(text: word, kind: .word, start: 0, end: 0, spaceBefore: true)], at: 0)?.value
    }

    /// The filter bit of a key (multiplicative hashing into 12 bits).
    private static func bit(_ key: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15) >> 52)
    }

    private static func key(_ word: String) -> Int {
        ClaimToken.key(of: word)
    }
}

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
    /// The entries of `buckets`, by position in `lists`, found through `index`: most tokens start no
    /// phrase, and `IntKeyIndex` answers that without hashing the key with SipHash.
    private var lists: [[Entry]] = []
    private var index = IntKeyIndex([])

    init() {}

    /// A table of `phrase → value` pairs.
    init(_ pairs: [(String, Value)]) {
        for (phrase, value) in pairs { add(phrase, value) }
        rebuildIndex()
    }

    /// Adds one phrase (for many, ``init(_:)`` builds the look-up index once).
    mutating func insert(_ phrase: String, _ value: Value) {
        add(phrase, value)
        rebuildIndex()
    }

    private mutating func add(_ phrase: String, _ value: Value) {
        var text = phrase.lowercased()
        var prefix = false
        if text.hasSuffix("*") {
            prefix = true
            text.removeLast()
        }
        let words = ClaimTokenizer.tokens(of: text).map(\.lower)
        guard let first = words.first else { return }
        var entries = buckets[Self.key(first)] ?? []
        entries.append(Entry(words: words, lastIsPrefix: prefix, value: value))
        entries.sort { $0.words.count > $1.words.count }
        buckets[Self.key(first)] = entries
    }

    /// The look-up keys of all first words, for a quick test whether a token can start any phrase.
    var keys: Set<Int> { Set(buckets.keys) }

    /// True when the table has no phrase.
    var isEmpty: Bool { buckets.isEmpty }

    /// The longest phrase that starts at `index`: its length in tokens and its value.
    /// - Complexity: O(k) in the number of phrases sharing the first token's first three characters.
    func match(_ tokens: [ClaimToken], at index: Int) -> (length: Int, value: Value)? {
        guard index < tokens.count else { return nil }
        guard let position = self.index.value(for: tokens[index].key) else { return nil }
        let entries = lists[position]
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

    private mutating func rebuildIndex() {
        lists = Array(buckets.values)
        index = IntKeyIndex(buckets.keys.enumerated().map { (key: $0.element, value: $0.offset) })
    }

    private static func key(_ word: String) -> Int {
        ClaimToken.key(of: word)
    }
}

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
        /// UTF-8 length of the first word, when it is ASCII (else -1): an ASCII token of another length
        /// cannot match it (a longer one can when the phrase is a single prefix word). Strings compare by
        /// canonical equivalence, so byte lengths say nothing when either side has other characters.
        var asciiFirstCount: Int

        init(words: [String], lastIsPrefix: Bool, value: Value) {
            self.words = words
            self.lastIsPrefix = lastIsPrefix
            self.value = value
            let first = words.first ?? ""
            self.asciiFirstCount = first.utf8.allSatisfy { $0 < 0x80 } ? first.utf8.count : -1
        }

        /// False when an ASCII token of `count` UTF-8 bytes (-1: not ASCII) cannot be the first word.
        @inline(__always)
        func admitsFirst(asciiCount count: Int) -> Bool {
            guard count >= 0 && asciiFirstCount >= 0 else { return true }
            return words.count == 1 && lastIsPrefix ? count >= asciiFirstCount : count == asciiFirstCount
        }
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
        let firstCount = tokens[index].isASCII ? tokens[index].lower.utf8.count : -1
        // Entries are read in place through a buffer, not copied out: a copy retains and releases each
        // entry's word array and value.
        return lists[position].withUnsafeBufferPointer { entries in
            var best: (length: Int, value: Value)?
            for entry in entries.indices {
                let length = entries[entry].words.count
                guard index + length <= tokens.count else { continue }
                if let current = best, current.length >= length { break }
                guard entries[entry].admitsFirst(asciiCount: firstCount),
                    Self.matches(entries[entry].words, prefix: entries[entry].lastIsPrefix, tokens, at: index)
                else { continue }
                best = (length, entries[entry].value)
            }
            return best
        }
    }

    /// True when `words` stand at `index` (the caller checks that enough tokens follow); with `prefix`,
    /// the last token need only start with the last word.
    private static func matches(_ words: [String], prefix: Bool, _ tokens: [ClaimToken], at index: Int) -> Bool {
        let last = words.count - 1
        for offset in 0...last {
            let token = tokens[index + offset].lower
            if offset == last && prefix ? !token.hasPrefix(words[offset]) : token != words[offset] { return false }
        }
        return true
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

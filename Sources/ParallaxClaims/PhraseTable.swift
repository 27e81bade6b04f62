/// Multi-word phrases matched against a token sequence, longest match first.
///
/// A phrase is tokenized with ``ClaimTokenizer`` and compared token by token on the lower-cased text.
/// A phrase ending in `*` matches any token that starts with its last word (`entsand*` matches
/// `entsandt` and `entsandten`). A Latin-1 token looks up the phrases that start with exactly its word by the token's
/// ``ClaimToken/wordKey`` (and the few one-word prefix phrases by its first three characters), so matching at one
/// position costs one or two integer look-ups and the comparisons of the phrases that start with that word, however
/// many other phrases share its opening characters (``PhraseGroups``).
struct PhraseTable<Value: Sendable>: Sendable {
    /// One phrase as added, kept by its first word's key until the index is built.
    struct Entry: Sendable {
        var words: [String]
        var lastIsPrefix: Bool
        var value: Value
    }

    private var buckets: [Int: [Entry]] = [:]
    /// The entries' values, by table position: bucket after bucket, each bucket longest phrase first, as built. Among
    /// equally long phrases standing at a token, the one with the lower position wins (the first added).
    ///
    /// The words live in ``PhraseShape``s apart from the values, so that the loop that compares them is one non-generic
    /// function (``PhraseShape/longest(_:firstHeads:in:tokens:at:)``): over `Entry` it was compiled generic over `Value`,
    /// with value-witness copies per entry read.
    private var values: [Value] = []
    /// The look-up structures built from `buckets` (``PhraseLookup``), held by reference: a finder that reads a table of
    /// the pack may copy it, and a copy of a table holding them inline (about 300 bytes, twenty array references) cost a
    /// `memmove` and a retain and release of each (round 18's profile).
    private var lookup = PhraseLookup(all: [], byWord: [], rest: [])

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

    /// The longest phrase that starts at `index`: its length in tokens and its value (the first added among equally long
    /// ones).
    /// - Complexity: O(k) in the number of phrases whose first word is the token's (for a Latin-1 token; else the
    ///   number sharing its first three characters), plus the table's one-word prefix phrases sharing those.
    ///
    /// Round 26: the test of the token's start bits is inlined at the callers and the look-ups are a function of their own
    /// (``matchStarting(_:at:)``): about 1.1 million calls on 150 articles, most answered by that one test, each paid a
    /// call and the large function's prologue and epilogue (about 20 instructions) before it.
    @inline(__always)
    func match(_ tokens: [ClaimToken], at index: Int) -> (length: Int, value: Value)? {
        guard index < tokens.count else { return nil }
        let lookup = self.lookup
        if tokens[index].phraseStarts & lookup.startBit == 0 && tokens[index].phraseMarker == lookup.startMarker { return nil }
        return matchStarting(tokens, at: index)
    }

    /// ``match(_:at:)`` for a token that may start a phrase of the table (`index` is in `tokens`).
    @inline(never)
    private func matchStarting(_ tokens: [ClaimToken], at index: Int) -> (length: Int, value: Value)? {
        let lookup = self.lookup
        let found: (length: Int, position: Int)?
        if tokens[index].isLatin1 {
            // A Latin-1 token equals a Latin-1 word exactly when their bytes do, so the phrases filed under its word's
            // hash are all the equal-first-word phrases it can start; prefix phrases are found under the opening.
            var best = lookup.byFirstWord.longest(under: tokens[index].wordKey, tokens, at: index)
            if !lookup.byOpeningRest.isEmpty, let other = lookup.byOpeningRest.longest(under: tokens[index].key, tokens, at: index),
                best.map({ other.length > $0.length || (other.length == $0.length && other.position < $0.position) }) ?? true
            {
                best = other
            }
            found = best
        } else {
            found = lookup.byOpening.longest(under: tokens[index].key, tokens, at: index)
        }
        // The value is copied once, for the match found.
        guard let found else { return nil }
        return (found.length, values[found.position])
    }

    /// True when the UTF-8 bytes of `token` equal those of `word` or, with `prefix`, start with them: for
    /// Latin-1 text the same answer as `==` and `hasPrefix`, without their Unicode normalisation.
    /// - Complexity: O(m) in the word's bytes; no allocation.
    @inline(__always)
    static func bytesMatch(_ token: String, _ word: String, prefix: Bool) -> Bool {
        PhraseShape.bytesMatch(token, word, prefix: prefix)
    }

    /// The value of a one-token phrase equal to (or, for a prefix phrase, starting) `word`.
    ///
    /// A word whose look-up key (``ClaimToken/key(of:length:)`` of its lower-case form) starts no phrase is
    /// answered before a token is made (round 16: making the token — lower-casing, three scans of the
    /// bytes, an array — was most of this function's 7.8 % of the claims stage, asked for every word
    /// by the role introductions). A Latin-1 word with no capital is its own lower-case form (round 17,
    /// ``lowerLatin1Token(_:)``): its token is made without `String.lowercased()`.
    func value(of word: String) -> Value? {
        if let key = Self.asciiKey(word), !lookup.byOpening.contains(key) { return nil }
        if let token = Self.lowerLatin1Token(word) {
            guard lookup.byOpening.contains(token.key) else { return nil }
            return match([token], at: 0)?.value
        }
        return match([ClaimToken(text: word, kind: .word, start: 0, end: 0, spaceBefore: true)], at: 0)?.value
    }

    /// The token ``ClaimToken/init(text:kind:start:end:spaceBefore:)`` makes of `word`, when `word` is Latin-1 text
    /// without a capital (no `A`–`Z`, no `À`–`Þ` but `×`) and so equal to its `lowercased()`; `nil` otherwise.
    /// - Complexity: O(n) in the word's bytes, one pass; no `lowercased()`.
    static func lowerLatin1Token(_ word: String) -> ClaimToken? {
        var isASCII = true
        var previous: UInt8 = 0
        for byte in word.utf8 {
            if byte >= 0xC4 { return nil }
            if byte >= 0x41 && byte <= 0x5A { return nil }
            if previous == 0xC3 && byte >= 0x80 && byte <= 0x9E && byte != 0x97 { return nil }
            if byte >= 0x80 { isASCII = false }
            previous = byte
        }
        return ClaimToken(
            text: word, lower: word, kind: .word, start: 0, end: 0, spaceBefore: true, isCapitalized: false, isASCII: isASCII,
            isLatin1: true)
    }

    /// ``ClaimToken/key(of:length:)`` of `word.lowercased()`, from the bytes, when the word's first three
    /// characters (or all, if fewer) are ASCII — an ASCII letter lower-cases to one ASCII letter whatever
    /// follows it; `nil` otherwise.
    /// - Complexity: O(1); no allocation.
    static func asciiKey(_ word: String) -> Int? {
        var key = 0
        var count = 0
        for byte in word.utf8 {
            guard byte < 0x80 else { return nil }
            let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            key = key &* 0x110000 &+ Int(lower)
            count += 1
            if count == 3 { break }
        }
        return key
    }

    private mutating func rebuildIndex() {
        values = []
        var all: [PhraseGroups.Member] = []
        var byWord: [PhraseGroups.Member] = []
        var rest: [PhraseGroups.Member] = []
        for (key, list) in buckets {
            for entry in list {
                let shape = PhraseShape(words: entry.words, lastIsPrefix: entry.lastIsPrefix)
                let member = PhraseGroups.Member(key: key, shape: shape, position: values.count)
                values.append(entry.value)
                all.append(member)
                let first = entry.words[0]
                if ClaimToken.isLatin1(first) && !(entry.words.count == 1 && entry.lastIsPrefix) {
                    byWord.append(PhraseGroups.Member(key: ClaimToken.wordKey(of: first), shape: shape, position: member.position))
                } else {
                    rest.append(member)
                }
            }
        }
        // A new object, unregistered: a changed table is asked about every token.
        lookup = PhraseLookup(all: all, byWord: byWord, rest: rest)
    }

    private static func key(_ word: String) -> Int {
        ClaimToken.key(of: word)
    }
}

/// The words of one ``PhraseTable`` entry, without its value: what the matching loop compares.
struct PhraseShape: Sendable {
    var words: [String]
    var lastIsPrefix: Bool
    /// UTF-8 length of the first word, when it is ASCII (else -1): an ASCII token of another length
    /// cannot match it (a longer one can when the phrase is a single prefix word). Strings compare by
    /// canonical equivalence, so byte lengths say nothing when either side has other characters.
    var asciiFirstCount: Int
    /// True when every word is Latin-1 text: against a Latin-1 token, byte equality is string equality
    /// (see ``ClaimToken/isLatin1``).
    var isLatin1: Bool

    /// `words.count`, kept beside the other fields: reading it through `words` touched the array's storage for every
    /// shape of a bucket, a cache miss that was the largest cost of ``longest(_:in:tokens:at:)`` (round 17).
    var wordCount: Int
    /// The opening bytes of the first two words (``WordHead``; a zero head for an absent second word): for Latin-1
    /// shapes and tokens, a shape whose heads the tokens do not open with is rejected without reading `words` (the
    /// first word's heads are also kept apart, in ``PhraseGroups``' `firstHeads`).
    var firstHead: WordHead
    var secondHead: WordHead

    init(words: [String], lastIsPrefix: Bool) {
        self.words = words
        self.lastIsPrefix = lastIsPrefix
        let first = words.first ?? ""
        self.asciiFirstCount = first.utf8.allSatisfy { $0 < 0x80 } ? first.utf8.count : -1
        self.isLatin1 = words.allSatisfy(ClaimToken.isLatin1)
        self.wordCount = words.count
        self.firstHead = WordHead(first)
        self.secondHead = words.count > 1 ? WordHead(words[1]) : WordHead("")
    }

    /// False when an ASCII token of `count` UTF-8 bytes (-1: not ASCII) cannot be the first word.
    @inline(__always)
    func admitsFirst(asciiCount count: Int) -> Bool {
        guard count >= 0 && asciiFirstCount >= 0 else { return true }
        return wordCount == 1 && lastIsPrefix ? count >= asciiFirstCount : count == asciiFirstCount
    }

    /// The longest of `shapes[range]` (ordered longest first) that stands at `index`: its length in
    /// tokens and its position in `shapes`.
    /// - Parameter firstHeads: the shapes' first words' ``WordHead``s, at the same positions (a zero mask for a shape that
    ///   is not Latin-1): for a Latin-1 token the shapes whose first word it does not open with are passed over there.
    /// - Complexity: O(k · m) for k shapes of at most m words; no allocation.
    static func longest(
        _ shapes: [PhraseShape], firstHeads: [WordHead], in range: Range<Int>, tokens: [ClaimToken], at index: Int
    ) -> (length: Int, entry: Int)? {
        let firstCount = tokens[index].isASCII ? tokens[index].lower.utf8.count : -1
        // Shapes and tokens are read in place through buffers: a copy retains and releases each shape's
        // word array and each token's strings.
        return shapes.withUnsafeBufferPointer { shapes in
            firstHeads.withUnsafeBufferPointer { firstHeads in
                tokens.withUnsafeBufferPointer { tokens in
                    var best: (length: Int, entry: Int)?
                    // The tokens' opening bytes, for the heads test of Latin-1 shapes (the second only once a shape of two
                    // words or more asks).
                    let firstIsLatin1 = tokens[index].isLatin1
                    let firstHead = firstIsLatin1 ? WordHead.bytes(of: tokens[index].lower) : 0
                    var secondHead: UInt64?
                    for entry in range {
                        if firstIsLatin1 && !firstHeads[entry].opens(firstHead) { continue }
                        let length = shapes[entry].wordCount
                        guard index + length <= tokens.count else { continue }
                        if let current = best, current.length >= length { break }
                        guard shapes[entry].admitsFirst(asciiCount: firstCount) else { continue }
                        if shapes[entry].isLatin1 && firstIsLatin1 && length > 1 && tokens[index + 1].isLatin1 {
                            let head = secondHead ?? WordHead.bytes(of: tokens[index + 1].lower)
                            secondHead = head
                            guard shapes[entry].secondHead.opens(head) else { continue }
                        }
                        guard matches(shapes, entry, tokens, at: index) else { continue }
                        best = (length, entry)
                    }
                    return best
                }
            }
        }
    }

    /// True when the words of `shapes[entry]` stand at `index` (the caller checks that enough tokens follow); with
    /// `lastIsPrefix`, the last token need only start with the last word.
    ///
    /// The shape is read in place, through the buffer (round 21): passed by value it was copied for every candidate,
    /// retaining and releasing its word array (about 1 % of the claims stage by profile).
    @inline(__always)
    private static func matches(
        _ shapes: UnsafeBufferPointer<PhraseShape>, _ entry: Int, _ tokens: UnsafeBufferPointer<ClaimToken>, at index: Int
    ) -> Bool {
        let last = shapes[entry].wordCount - 1
        let lastIsPrefix = shapes[entry].lastIsPrefix
        let shapeIsLatin1 = shapes[entry].isLatin1
        for offset in 0...last {
            let isPrefix = offset == last && lastIsPrefix
            let token = index + offset
            if shapeIsLatin1 && tokens[token].isLatin1 {
                guard Self.bytesMatch(tokens[token].lower, shapes[entry].words[offset], prefix: isPrefix) else { return false }
            } else if isPrefix
                ? !tokens[token].lower.hasPrefix(shapes[entry].words[offset]) : tokens[token].lower != shapes[entry].words[offset]
            {
                return false
            }
        }
        return true
    }

    /// True when the UTF-8 bytes of `token` equal those of `word` or, with `prefix`, start with them: for
    /// Latin-1 text the same answer as `==` and `hasPrefix`, without their Unicode normalisation.
    /// - Complexity: O(m) in the word's bytes; no allocation.
    @inline(__always)
    static func bytesMatch(_ token: String, _ word: String, prefix: Bool) -> Bool {
        let tokenCount = token.utf8.count
        let wordCount = word.utf8.count
        guard prefix ? tokenCount >= wordCount : tokenCount == wordCount else { return false }
        if let result = token.utf8.withContiguousStorageIfAvailable({ tokenBytes in
            word.utf8.withContiguousStorageIfAvailable { wordBytes in
                var offset = 0
                while offset < wordCount {
                    if tokenBytes[offset] != wordBytes[offset] { return false }
                    offset += 1
                }
                return true
            }
        }), let result {
            return result
        }
        return token.utf8.starts(with: word.utf8)
    }
}

extension PhraseTable: PhraseStartRegistering {
    func registerStarts(marker: Int, bit: UInt64) -> (firstWords: [Int], restOpenings: [Int], openings: [Int]) {
        lookup.startMarker = marker
        lookup.startBit = bit
        return (lookup.firstWordKeys, lookup.restOpeningKeys, Array(buckets.keys))
    }
}

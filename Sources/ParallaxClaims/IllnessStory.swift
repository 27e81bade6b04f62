/// The rows of one language's `illness-story.txt` (round 24): the words that tell an article about illness from one about
/// injury, so that hospital treatment counts the wounded only where someone was hurt.
///
/// Read once per language outside ``LanguagePack``, as ``MeasureGovernors`` is.
struct IllnessStory: Sendable {
    /// Starts of words naming an illness, its symptoms or its spread (`erkrank`, `fever`).
    let illnessStarts: [String]
    /// Whole words of illness whose start begins unrelated words too (`krank`, `ill`).
    let illnessWords: Set<String>
    /// Starts of words naming a wound or an injury (`verletz`, `injur`).
    let injuryStarts: [String]
    /// The starts as bytes, for Latin-1 words (round 24b: `String.hasPrefix` for every start and every word of every article
    /// was 46 % of the claims stage's instructions by callgrind, 150 study articles); `nil` when a start is not Latin-1 or
    /// holds a control character.
    private let illnessStartBytes: StartBytes?
    private let injuryStartBytes: StartBytes?
    /// A first test before `illnessWords` (a `Set<String>` hashes every word with SipHash).
    private let illnessWordKeys: WordKeyFilter
    /// ``ClaimToken/key`` (the first three characters) of every start of both lists: a Latin-1 word whose key is none of
    /// them starts with none of the starts (round 25: reading each word's bytes for the two lists was 4.5 % of the claims
    /// stage's instructions by callgrind, most of it the string's byte access, not the comparison). `nil` when the byte
    /// tests do not answer for the starts or a start has fewer than three characters.
    private let openingKeys: IntKeyIndex?

    init(rows: [[String]]) {
        func words(_ kind: String) -> [String] {
            rows.filter { $0.count >= 2 && $0[0] == kind }.map { $0[1].lowercased() }
        }
        illnessStarts = words("illness")
        illnessWords = Set(words("illness-word"))
        injuryStarts = words("injury")
        illnessStartBytes = StartBytes(illnessStarts)
        injuryStartBytes = StartBytes(injuryStarts)
        illnessWordKeys = WordKeyFilter(illnessWords)
        openingKeys = Self.openingKeys(
            of: illnessStarts + injuryStarts, answered: illnessStartBytes != nil && injuryStartBytes != nil)
    }

    /// The keys of `starts`' first three characters, when every start is answered by the byte tests (`answered`: Latin-1,
    /// no control character) and has at least three characters; `nil` otherwise.
    ///
    /// Exact for a Latin-1 word: each of its characters is one scalar, as each of the starts' is, so a start opens the
    /// word only if their first three scalars are equal, and ``ClaimToken/key(of:length:)`` packs three scalars into one
    /// integer without loss (and a shorter word's key, packing fewer, is smaller than every three-scalar key).
    static func openingKeys(of starts: [String], answered: Bool) -> IntKeyIndex? {
        guard answered, starts.allSatisfy({ $0.unicodeScalars.count >= 3 }) else { return nil }
        return IntKeyIndex(keys: starts.map { ClaimToken.key(of: $0) })
    }

    /// False when no start of either list opens `token`'s lower-case word; true when one may (see ``openingKeys``).
    /// - Complexity: O(1) expected: one integer look-up.
    @inline(__always)
    func mayOpen(_ token: ClaimToken) -> Bool {
        guard let openingKeys, token.isLatin1 else { return true }
        return openingKeys.contains(token.key)
    }

    /// Every language's rows, read once.
    static let all = LexiconFile.perLanguage("illness-story.txt", IllnessStory.init(rows:))

    /// The rows of `language`; none when it has no file.
    static func of(_ language: String) -> IllnessStory {
        all[language] ?? IllnessStory(rows: [])
    }

    /// True when `word` (lower-cased) names an injury.
    func namesInjury(_ word: String) -> Bool {
        if let injuryStartBytes, let answer = injuryStartBytes.opens(word) { return answer }
        return injuryStarts.contains { word.hasPrefix($0) }
    }

    /// True when `token`'s lower-case word is an illness word, its key tested before the set's SipHash look-up.
    private func namesIllness(_ token: ClaimToken) -> Bool {
        illnessWordKeys.mayContain(token) && illnessWords.contains(token.lower)
    }

    /// True when `word` (lower-cased) starts with a start of an illness.
    private func opensIllness(_ word: String) -> Bool {
        if let illnessStartBytes, let answer = illnessStartBytes.opens(word) { return answer }
        return illnessStarts.contains { word.hasPrefix($0) }
    }

    /// True when the sentences name an illness and no injury anywhere: an article about an outbreak, a poisoning or a heat
    /// wave, whose hospital counts are patients, not the wounded.
    /// - Complexity: O(n · s) in the words of the article and the handful of starts; stops at the first injury word.
    func isIllnessStory(_ sentences: [[ClaimToken]]) -> Bool {
        guard !illnessStarts.isEmpty || !illnessWords.isEmpty else { return false }
        var illness = false
        for tokens in sentences {
            // By position, the token read in place (round 31: `for token in tokens` copied every token, retaining and
            // releasing its two strings, about a third of this function's instructions).
            for index in tokens.indices where tokens[index].kind == .word {
                // Most words share their first three characters with no start (round 25).
                if !mayOpen(tokens[index]) {
                    if !illness && namesIllness(tokens[index]) { illness = true }
                    continue
                }
                let word = tokens[index].lower
                // One scan of a Latin-1 word's bytes answers both starts (round 24, lead: the two tests each scanned them).
                if let reading = bothStarts(word, illnessWanted: !illness) {
                    if reading.injury { return false }
                    if reading.illness || (!illness && namesIllness(tokens[index])) { illness = true }
                    continue
                }
                if namesInjury(word) { return false }
                if !illness, namesIllness(tokens[index]) || opensIllness(word) { illness = true }
            }
        }
        return illness
    }

    /// Whether `word` opens an injury and (when `illnessWanted`) an illness, read on its bytes in one scan; `nil` when the
    /// byte test does not answer (see ``StartBytes/opens(_:)``), and the string tests decide.
    private func bothStarts(_ word: String, illnessWanted: Bool) -> (injury: Bool, illness: Bool)? {
        guard let injuryStartBytes, let illnessStartBytes else { return nil }
        let answer = word.utf8.withContiguousStorageIfAvailable { bytes -> (injury: Bool, illness: Bool)? in
            guard StartBytes.answers(bytes) else { return nil }
            return (injuryStartBytes.opensChecked(bytes), illnessWanted && illnessStartBytes.opensChecked(bytes))
        }
        return answer ?? nil
    }
}

/// Word starts compared on UTF-8 bytes, for Latin-1 words (round 24b).
///
/// Exact for a Latin-1 word and Latin-1 starts without control characters: Latin-1 text is NFC and holds no combining or
/// joining character, so each scalar is one character, and a word starts with a start exactly when its bytes start with the
/// start's bytes.
struct StartBytes: Sendable {
    /// The starts' bytes, in the list's order.
    let starts: [[UInt8]]
    /// The starts' first bytes: a word opening with another byte starts with none of them.
    let firstBytes: ByteSet
    /// True when a start is empty (it opens every word).
    let hasEmpty: Bool

    /// `nil` when a start is not Latin-1 or holds a control character.
    init?(_ starts: [String]) {
        guard starts.allSatisfy({ $0.utf8.allSatisfy { $0 >= 0x20 && $0 < 0xC4 } }) else { return nil }
        self.starts = starts.map { Array($0.utf8) }
        firstBytes = ByteSet(self.starts.compactMap(\.first))
        hasEmpty = self.starts.contains { $0.isEmpty }
    }

    /// Whether `word` starts with one of the starts; `nil` when the word has a byte the test does not answer for (a
    /// character outside Latin-1, or a control character) or no contiguous bytes.
    /// - Complexity: O(b + s·m) for a word of b bytes and s starts of at most m bytes; O(1) for most words (first byte).
    func opens(_ word: String) -> Bool? {
        let answer = word.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            Self.answers(bytes) ? opensChecked(bytes) : nil
        }
        return answer ?? nil
    }

    /// True when the byte test answers for a word of these bytes: none is a control character or outside Latin-1.
    /// - Complexity: O(b).
    static func answers(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte < 0x20 || byte >= 0xC4 { return false }
        return true
    }

    /// Whether a word of these bytes, for which ``answers(_:)`` holds, starts with one of the starts.
    /// - Complexity: O(s·m); O(1) for most words (first byte).
    func opensChecked(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if hasEmpty { return true }
        guard let first = bytes.first, firstBytes.contains(first) else { return false }
        for start in starts where start.count <= bytes.count {
            var offset = 0
            while offset < start.count && bytes[offset] == start[offset] { offset += 1 }
            if offset == start.count { return true }
        }
        return false
    }
}

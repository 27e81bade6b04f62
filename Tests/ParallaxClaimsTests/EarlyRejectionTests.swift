import ParallaxTesting
import Testing

@testable import ParallaxClaims

/// Round 31 (claims speed): first tests put in front of dearer ones must answer exactly as those did — a word too short for
/// any derived adjective's ending has none, a sentence's first words are filtered by their keys before the falsity
/// verdict's sets, the list separators a rule compares are punctuation tokens, and a number's article ones are removed in
/// place as the enumerated filter removed them. Words, sentences and seeds written for these tests.
@Suite struct EarlyRejectionTests {
    /// The reference of `ArticleNames`' ending test, on strings: a listed ending with more than three characters before it.
    private static func hasDerivedEnding(_ word: String, pack: LanguagePack) -> Bool {
        pack.derivedAdjectiveEndings.contains { ending in
            !ending.isEmpty && word.hasSuffix(ending) && word.dropLast(ending.count).count > 3
        }
    }

    @Test(arguments: LexiconFile.languages)
    func aWordBelowTheMinimumLengthHasNoDerivedEnding(language: String) {
        let pack = LanguagePack.pack(for: language)
        var generator = SeededGenerator(seed: 3131)
        var words = ["isch", "ische", "risch", "karsisch", "ostravische", "varnesischen", "ier", "bier", "kurier", "ian", "asian"]
        for _ in 0..<3_000 {
            let stem = ByteLookupTests.randomWord(&generator, maxPieces: 3).lowercased()
            words.append(stem)
            words.append(stem + (pack.derivedAdjectiveEndings.randomElement(using: &generator) ?? ""))
        }
        for ending in pack.derivedAdjectiveEndings where !ending.isEmpty {
            #expect(ending.utf8.count + 4 >= pack.derivedAdjectiveMinimumBytes, "\(language): \(ending)")
        }
        for word in words where ClaimToken.isLatin1(word) && word.utf8.count < pack.derivedAdjectiveMinimumBytes {
            #expect(!Self.hasDerivedEnding(word, pack: pack), "\(language): \(word)")
        }
    }

    @Test func aNamedCountryIsStillFoundFromItsAdjective() {
        let pack = LanguagePack.pack(for: "de")
        let sentences = [
            "Die karsenische Regierung hat am Montag neue Zölle angekündigt .",
            "In Karsenien wächst der Widerstand gegen die Pläne .",
        ].map { ClaimTokenizer.tokens(of: $0) }
        let names = ArticleNames(sentences: sentences, pack: pack)
        #expect(names.country(forAdjective: "karsenische") == "karsenia")
        #expect(names.country(forAdjective: "die") == nil)
    }

    /// The verdict test as round 29 wrote it, with the sets alone.
    private static func referenceVerdict(_ verdicts: FalsityVerdicts, in tokens: [ClaimToken]) -> Range<Int>? {
        var index = 0
        while index < tokens.count, tokens[index].kind == .punctuation { index += 1 }
        if index < tokens.count, verdicts.openers.contains(tokens[index].lower) { index += 1 }
        guard index < tokens.count, tokens[index].kind == .word, verdicts.claimNouns.contains(tokens[index].lower) else { return nil }
        var copula = index + 1
        while copula < tokens.count {
            defer { copula += 1 }
            guard tokens[copula].kind == .word, verdicts.copulas.contains(tokens[copula].lower) else { continue }
            var word = copula + 1
            while word < tokens.count, tokens[word].kind == .word, verdicts.degrees.contains(tokens[word].lower) { word += 1 }
            guard let verdict = verdicts.verdicts.first(where: { phrase in
                word + phrase.count <= tokens.count
                    && phrase.indices.allSatisfy { tokens[word + $0].kind == .word && tokens[word + $0].lower == phrase[$0] }
            }) else { continue }
            let end = word + verdict.count
            guard end == tokens.count || tokens[end].kind == .punctuation || verdicts.joiners.contains(tokens[end].lower) else { continue }
            return copula..<end
        }
        return nil
    }

    @Test(arguments: [
        ("de", "Diese Gerüchte über die Werft in Orvik sind völlig falsch ."),
        ("de", "„ Die Meldung , das Hafenamt habe geschlossen , ist unzutreffend “ , hieß es ."),
        ("de", "Der Pegel in Orvik ist falsch gemessen worden ."),
        ("de", "Sämtliche Spekulationen seien haltlos ."),
        ("en", "These rumours about the Orvik shipyard are completely untrue ."),
        ("en", "Such allegations were simply wrong and unfounded ."),
        ("en", "The tide gauge in Orvik was wrong ."),
        ("en", "ALL CLAIMS ARE FALSE"),
    ])
    func theKeyFiltersAnswerAsTheSets(language: String, sentence: String) {
        let verdicts = LanguagePack.pack(for: language).falsityVerdicts
        let tokens = ClaimTokenizer.tokens(of: sentence)
        #expect(verdicts.verdict(in: tokens) == Self.referenceVerdict(verdicts, in: tokens), "\(sentence)")
    }

    @Test(arguments: LexiconFile.languages)
    func randomSentencesOfTheVerdictWordsAnswerAsTheSets(language: String) {
        let verdicts = LanguagePack.pack(for: language).falsityVerdicts
        let pool = Array(verdicts.openers) + Array(verdicts.claimNouns) + Array(verdicts.copulas) + Array(verdicts.degrees)
            + verdicts.verdicts.map { $0.joined(separator: " ") } + ["Orvik", ",", "„", "nicht", "Hafen", "Ölfeld", "Straße"]
        guard !pool.isEmpty else { return }
        var generator = SeededGenerator(seed: 3132)
        for _ in 0..<2_000 {
            let sentence = (0..<Int.random(in: 1...7, using: &generator)).map { _ in pool.randomElement(using: &generator)! }
            let text = sentence.map { Bool.random(using: &generator) ? $0.prefix(1).uppercased() + $0.dropFirst() : $0 }
                .joined(separator: " ")
            let tokens = ClaimTokenizer.tokens(of: text)
            #expect(verdicts.verdict(in: tokens) == Self.referenceVerdict(verdicts, in: tokens), "\(text)")
        }
    }

    @Test(arguments: [
        "Um 19:00 Uhr kamen 1,5 Millionen; dann 2.500 – sagte er: „Ja, gut.“",
        "At 7:30 p.m., 1,500 people came; then 2.5 million: a record, officials said.",
        "a,b;c:d ,; : 12:30:45 3,14;2",
    ])
    func separatorsAreAlwaysPunctuationTokens(text: String) {
        for token in ClaimTokenizer.tokens(of: text) where [",", ";", ":"].contains(token.text) {
            #expect(token.kind == .punctuation, "\(text): \(token.text)")
        }
    }

    /// The filter of round 11 that `NumberParser.parseWords` ran on a number's atoms before round 31.
    private static func referenceWithoutArticleOnes(_ atoms: [Double]) -> [Double] {
        atoms.enumerated().filter { index, atom in
            !(atom == 1 && index + 1 < atoms.count && atoms[index + 1] < 1)
        }.map(\.element)
    }

    @Test func articleOnesAreRemovedInPlaceAsTheFilterDid() {
        var generator = SeededGenerator(seed: 3133)
        let values: [Double] = [0.25, 0.5, 1, 1, 2, 3, 10, 20, 100, 1000, 1_000_000]
        var lists: [[Double]] = [[], [1], [1, 0.5], [4, 1, 0.5], [1, 1, 0.5], [1, 0.5, 1, 0.25], [100, 1, 0.5, 1]]
        for _ in 0..<3_000 {
            lists.append((0..<Int.random(in: 0...6, using: &generator)).map { _ in values.randomElement(using: &generator)! })
        }
        for list in lists {
            var atoms = list
            NumberParser.removeArticleOnes(&atoms)
            #expect(atoms == Self.referenceWithoutArticleOnes(list), "\(list)")
        }
    }

    @Test(arguments: [
        ("de", ["vier", "und", "ein", "halb"]), ("de", ["dreieinhalb"]), ("de", ["ein"]),
        ("en", ["four", "and", "a", "half"]), ("en", ["One", "hundred", "and", "twenty"]), ("en", ["a", "half"]),
    ])
    func numberWordsStillRead(language: String, words: [String]) {
        let parser = NumberParser(pack: LanguagePack.pack(for: language))
        let atoms = words.map { parser.parseWord($0.lowercased()) }
        // Each list reads as a number; the article before a half is no one.
        let value = parser.parseWords(words)
        #expect(value != nil, "\(words): \(atoms)")
        if words.last == "halb" || words.last == "half" { #expect(value.map { $0.truncatingRemainder(dividingBy: 1) } == 0.5) }
    }
}

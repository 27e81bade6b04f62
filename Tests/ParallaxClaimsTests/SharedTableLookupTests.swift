import ParallaxTesting
import Testing
@testable import ParallaxClaims

/// Round 32's speed work on the look-up tables answers exactly as before: a suffix table's whole stems found by their key
/// and bytes (not the dictionary) for every word, short words included; the tails of four to six bytes read on each other
/// as the three separate readings did; the integer index with masking shifts as a dictionary; the language's
/// `function-words.txt` read once with the same rows; and an article that derives no country asked no more.
@Suite struct SharedTableLookupTests {
    private static let stems = [
        "amt": "office", "wehr": "force", "hafen": "port", "ei": "egg", "zu": "to", "öl": "oil", "maß": "measure",
        "bund": "federation", "rat": "council", "see": "lake",
    ]
    private static let endings = ["en", "n", "e", "es", "s"]

    @Test(arguments: [
        "amt", "amtes", "ämter", "wehr", "feuerwehr", "hafen", "häfen", "ei", "eier", "eis", "zu", "zus", "öl", "öles", "maß",
        "maße", "masse", "bund", "bundes", "rat", "rates", "räte", "see", "seen", "sees", "s", "", "o\u{308}l", "амт",
    ])
    func wholeStemsAnswerAsTheDictionary(word: String) {
        let table = SuffixTable(Self.stems, endings: Self.endings, compounds: true)
        #expect(table.wholeWord(word) == PlainStemReading.wholeWord(Self.stems, endings: Self.endings, word))
    }

    /// Words of one or two characters are looked up whole (`lookup`'s short path goes through the same key and bytes).
    @Test(arguments: ["ei", "zu", "öl", "e", "z", "ö", "ie", "uz", "o\u{308}", "за"])
    func shortWordsAnswerAsTheDictionary(word: String) {
        let table = SuffixTable(Self.stems, endings: Self.endings, compounds: true)
        #expect(table.lookup(word) == Self.stems[word])
    }

    @Test func randomWordsAgreeWithTheDictionary() {
        PlainStemReading.expectRandomWordsAgree(
            Self.stems, endings: Self.endings,
            pieces: Array(Self.stems.keys) + Self.endings + ["ä", "ß", "a", "t", "er", "o\u{308}", "ж", "s"])
    }

    /// The three readings of the tails before round 32: each key from scratch, four to six bytes.
    private static func plainMayEnd(_ suffixes: Set<[UInt8]>, _ word: [UInt8]) -> Bool {
        guard word.count >= 4 else { return true }
        for length in 4...min(6, word.count) {
            if suffixes.contains(where: { $0.count >= 4 && Array($0.suffix(min(6, $0.count))) == Array(word.suffix(length)) }) {
                return true
            }
        }
        return false
    }

    @Test func tailsReadOnEachOtherAnswerAsThreeReadings() {
        let seed = SeededGenerator.testSeed
        var generator = SeededGenerator(seed: seed)
        let letters = Array("aeinrstäß".utf8)
        func randomBytes(_ range: ClosedRange<Int>) -> [UInt8] {
            (0..<Int.random(in: range, using: &generator)).map { _ in letters.randomElement(using: &generator)! }
        }
        let suffixes = Set((0..<200).map { _ in randomBytes(4...9) } + [Array("sprecher".utf8), Array("amt".utf8)])
        let tails = SuffixTails(suffixes)
        var words = suffixes.map { randomBytes(0...3) + $0 }
        for _ in 0..<3_000 { words.append(randomBytes(0...10)) }
        for word in words {
            let answer = word.withUnsafeBufferPointer { tails.mayEnd($0, end: $0.count) }
            // Exact where it rejects: a word ending in a suffix is never rejected.
            if suffixes.contains(where: { $0.count >= 4 && word.count >= $0.count && Array(word.suffix($0.count)) == $0 }) {
                #expect(answer, "seed \(seed): \(word)")
            }
            #expect(answer == Self.plainMayEnd(suffixes, word), "seed \(seed): \(word)")
        }
    }

    @Test(arguments: [0, 1, 9, 300, 20_000])
    func masksShiftsAnswerAsADictionary(size: Int) {
        let seed = SeededGenerator.testSeed
        var generator = SeededGenerator(seed: seed)
        var expected: [Int: Int] = [:]
        while expected.count < size { expected[Int.random(in: 0...Int.max, using: &generator)] = expected.count }
        let index = IntKeyIndex(expected.map { (key: $0.key, value: $0.value) })
        for (key, value) in expected { #expect(index.value(for: key) == value, "seed \(seed): \(key)") }
        for _ in 0..<2_000 {
            let probe = Int.random(in: 0...Int.max, using: &generator)
            #expect(index.value(for: probe) == expected[probe], "seed \(seed): \(probe)")
        }
    }

    @Test func functionWordsAreReadOnceWithTheSameRows() {
        #expect(!LexiconFile.languages.isEmpty)
        for language in LexiconFile.languages {
            let rows = LexiconFile.rows("function-words.txt", in: LexiconFile.folder(language: language))
            #expect(!rows.isEmpty, "\(language)")
            #expect(LexiconFile.functionWords(language: language) == rows, "\(language)")
        }
        #expect(LexiconFile.functionWords(language: "xx").isEmpty)
    }

    /// An invented article without derived names answers no country; one with them still does.
    @Test(arguments: [
        ("Die Stadtwerke Felsing erhöhen die Preise. Der Rat tagt am Montag.", false),
        ("Die varnesische Regierung tagte. In Varnesien wurde gewählt.", true),
    ])
    func articlesWithoutDerivedNamesAskNoMore(text: String, derives: Bool) {
        let pack = LanguagePack.pack(for: "de")
        let names = ArticleNames(sentences: [ClaimTokenizer.tokens(of: text)], pack: pack)
        #expect(names.mayNameCountries == derives)
        #expect(names.mayNameAdjectiveCountries == derives)
        #expect((names.country(forName: "varnesien") != nil) == derives)
        #expect((names.country(forAdjective: "varnesische") != nil) == derives)
        if !derives {
            for word in ["felsing", "stadtwerke", "rat", "montag", "preise"] {
                #expect(names.country(forName: word) == nil)
                #expect(names.country(forAdjective: word) == nil)
            }
        }
    }
}

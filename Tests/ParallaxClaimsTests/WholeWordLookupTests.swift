import ParallaxTesting
import Testing
@testable import ParallaxClaims

/// `SuffixTable.wholeWord` answers as the plain reading does — the stem the word equals as it stands, or after one
/// inflection ending is removed, compared as strings — on its byte path (round 28b: no array copy; a Latin-1 word against
/// Latin-1 stems first passed over by the forms' tails), for Latin-1 words, decomposed and other-script words, words
/// shorter than the tails, and seeded random words built from the stems' letters.
@Suite struct WholeWordLookupTests {
    private static let latinStems = [
        "granate": "shell", "km": "kilometre", "öl": "oil", "soldat": "soldier", "toter": "killed", "mann": "person",
        "verletzter": "wounded", "jahr": "year",
    ]
    private static let endings = ["en", "n", "e", "es", "s"]

    @Test(arguments: [
        "granate", "granaten", "artilleriegranaten", "km", "öl", "öle", "x", "ra", "soldaten", "soldats", "toten", "männer",
        "mann", "manne", "jahres", "jahrs", "ein", "eine", "einen", "o\u{308}l", "o\u{308}le", "солдат", "",
    ])
    func agreesWithThePlainReading(word: String) {
        let table = SuffixTable(Self.latinStems, endings: Self.endings, compounds: true)
        #expect(table.wholeWord(word) == PlainStemReading.wholeWord(Self.latinStems, endings: [""] + Self.endings, word))
    }

    @Test func stemsBeyondLatin1KeepTheStringComparison() {
        // A decomposed stem: a composed word equals it by canonical equivalence, not by bytes.
        let stems = ["o\u{308}l": "oil", "солдат": "soldier"]
        let table = SuffixTable(stems, endings: Self.endings, compounds: true)
        for word in ["öl", "öle", "o\u{308}le", "солдаты", "солдатe", "солдатen", "ol"] {
            #expect(table.wholeWord(word) == PlainStemReading.wholeWord(stems, endings: [""] + Self.endings, word), "\(word)")
        }
    }

    @Test func randomWordsAgreeWithThePlainReading() {
        let seed = SeededGenerator.testSeed
        var generator = SeededGenerator(seed: seed)
        let table = SuffixTable(Self.latinStems, endings: Self.endings, compounds: true)
        let pieces = Array(Self.latinStems.keys) + Self.endings + ["ä", "ß", "a", "t", "er", "o\u{308}", "я"]
        for _ in 0..<3_000 {
            var word = ""
            for _ in 0..<Int.random(in: 1...3, using: &generator) { word += pieces.randomElement(using: &generator)! }
            #expect(table.wholeWord(word) == PlainStemReading.wholeWord(Self.latinStems, endings: [""] + Self.endings, word), "seed \(seed): \(word)")
        }
    }
}

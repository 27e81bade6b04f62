import ParallaxTesting
import Testing
@testable import ParallaxClaims

/// Round 33's speed work (cspeed33) answers exactly as before: a suffix table with stems outside Latin-1 (`‰` in
/// `units.txt`, a decomposed umlaut, a Cyrillic word) answers a Latin-1 word by the key of each stem's Latin-1 spelling as
/// the dictionary answered it; and a statement finder keeps its language's clause words as the table has them.
@Suite struct LatinSpellingLookupTests {
    /// Stems outside Latin-1 beside Latin-1 ones: `‰` has no Latin-1 spelling, `mo\u{308}we` and the Kelvin sign's `\u{212A}m`
    /// have one (`möwe`, `Km`: the sign is a capital K), `амт` has none.
    private static let stems = [
        "‰": "permille", "mo\u{308}we": "gull", "\u{212A}m": "kilometre", "амт": "office", "amt": "office", "öl": "oil",
        "maß": "measure", "zu": "to", "see": "lake", "ei": "egg",
    ]
    private static let endings = ["en", "n", "e", "es", "s"]

    @Test(arguments: [
        ("‰", nil), ("o\u{308}l", "öl"), ("amt", "amt"), ("\u{212A}m", "Km"), ("mo\u{308}we", "möwe"), ("амт", nil), ("", ""),
    ] as [(String, String?)])
    func latinSpellingIsTheCanonicallyEqualLatinString(text: String, spelling: String?) {
        #expect(SuffixTable<Bool>.latin1Spelling(of: text) == spelling)
        if let spelling { #expect(spelling == text && ClaimToken.isLatin1(spelling)) }
    }

    @Test(arguments: [
        "‰", "möwe", "möwen", "mo\u{308}we", "km", "Km", "Kms", "\u{212A}m", "амт", "amt", "amtes", "öl", "öles", "o\u{308}l", "maß",
        "maße", "masse", "zu", "see", "seen", "ei", "eier", "e", "", "k", "möw", "‰s",
    ])
    func wholeStemsAnswerAsTheDictionary(word: String) {
        let table = SuffixTable(Self.stems, endings: Self.endings, compounds: true)
        #expect(table.wholeWord(word) == PlainStemReading.wholeWord(Self.stems, endings: Self.endings, word))
    }

    /// Words of one or two characters go through `lookup`'s short path, the same key and bytes.
    @Test func shortWordsAnswerAsTheDictionary() {
        let table = SuffixTable(Self.stems, endings: Self.endings, compounds: true)
        for word in ["ei", "zu", "öl", "km", "Km", "k", "‰", "o\u{308}", "e", "ö"] {
            #expect(table.lookup(word) == Self.stems[word], "\(word)")
        }
    }

    @Test func randomWordsAgreeWithTheDictionary() {
        PlainStemReading.expectRandomWordsAgree(
            Self.stems, endings: Self.endings,
            pieces: Array(Self.stems.keys) + Self.endings + ["ä", "ß", "k", "K", "m", "ö", "o\u{308}", "ж", "s", "‰"])
    }

    @Test(arguments: ["de", "en"])
    func statementFinderKeepsItsLanguagesClauseWords(language: String) {
        let finder = StatementFinder(pack: LanguagePack.pack(for: language))
        let table = ClauseWords.byLanguage[language] ?? ClauseWords()
        #expect(finder.clauseWords.coordinators == table.coordinators)
        #expect(finder.clauseWords.complementizers == table.complementizers)
        #expect(finder.clauseWords.auxiliaries == table.auxiliaries)
        #expect(finder.clauseWords.prepositions == table.prepositions)
    }
}

import ParallaxTesting
import Testing

@testable import ParallaxClaims

/// The end test of round 17 (`NumberWordEnds`, in front of `NumberParser`'s split into number words) rejects only
/// words that cannot split: every compound of a pack's number words and connectors passes it, words outside Latin-1
/// pass it, and the parser reads number words as before.
@Suite struct NumberWordEndsTests {
    @Test(arguments: ["de", "en"])
    func everyCompoundOfPiecesPasses(language: String) {
        let pack = LanguagePack.pack(for: language)
        let pieces = Array(pack.numberWords.keys).sorted() + pack.numberConnectors
        var generator = SeededGenerator(seed: SeededGenerator.testSeed)
        for _ in 0..<5_000 {
            let word = (0..<Int.random(in: 1...4, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(pack.numberWordEnds.admits(word), "\(language): \(word)")
        }
    }

    @Test(arguments: [
        ("de", "einsatz", false), ("de", "einundzwanzig", true), ("de", "zweitausend", true), ("en", "tent", false),
        ("en", "twenty", true), ("de", "einzeln\u{435}", true),
    ] as [(String, String, Bool)])
    func wordsEndingInNoPieceAreRejected(language: String, word: String, admitted: Bool) {
        #expect(LanguagePack.pack(for: language).numberWordEnds.admits(word) == admitted)
    }

    @Test func aPieceOutsideLatin1TurnsTheTestOff() {
        let ends = NumberWordEnds(["two", "два"])
        #expect(ends.admits("xyz"))
        #expect(!NumberWordEnds(["two", "three"]).admits("xyz"))
        #expect(NumberWordEnds(["two", "three"]).admits("xyзz"))
    }

    @Test(arguments: [
        ("de", "einundzwanzig", 21.0), ("de", "zweitausend", 2000.0), ("de", "einsatz", nil), ("de", "eines", nil),
        ("en", "twenty-five", 25.0), ("en", "twenty", 20.0), ("en", "tent", nil),
    ] as [(String, String, Double?)])
    func parserReadsNumberWordsAsBefore(language: String, word: String, value: Double?) {
        #expect(NumberParser(pack: LanguagePack.pack(for: language)).parseWord(word) == value)
    }
}

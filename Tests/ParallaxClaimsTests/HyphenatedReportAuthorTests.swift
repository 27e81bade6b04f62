import Foundation
import ParallaxModel
import Testing

@testable import ParallaxClaims

/// A report compound whose author is a name in capitals joined by a hyphen (``AttributionFinder/hyphenatedReportAuthor(_:at:)``):
/// `Nach ECHO-Recherchen`, `Laut NVI-Angaben`, `Nach ABEND-BLITZ-Informationen` name their author before the last hyphen.
/// Sentences written for this test.
@Suite struct HyphenatedReportAuthorTests {
    @Test(arguments: [
        ("Nach ECHO-Recherchen warteten 120 Mieter seit Monaten auf eine Antwort.", "120 Mieter", "echo"),
        ("Nach BLITZ-Informationen lagerten 45 Tonnen Dünger in der Halle.", "45 Tonnen", "blitz"),
        ("Laut NVI-Angaben fehlen in 35 Wohnungen die Heizkörper.", "35 Wohnungen", "nvi"),
        // A masthead of two words in capitals keeps its own hyphen (round 26).
        ("Nach ABEND-BLITZ-Informationen lagerten 45 Tonnen Dünger in der Halle.", "45 Tonnen", "abend-blitz"),
    ])
    func authorBeforeTheHyphen(sentence: String, figure: String, source: String) {
        let article = FixtureArticle.make(paragraphs: [["Meldung"], [sentence]], language: "de", published: "2027-03-02")
        let claim = ClaimExtractor().extract(from: article).first { $0.kind == .quantity && $0.text.contains(figure) }
        #expect(claim?.attribution?.source == source, "\(String(describing: claim?.attribution))")
    }

    /// A hyphenated word whose first part is no name in capitals, or whose tail is no report noun, names no author.
    @Test(arguments: ["Polizei-Angaben", "ECHO-Leser", "E-Informationen", "Nord-ECHO-Informationen", "-ECHO-Angaben"])
    func otherHyphenatedWordsNameNobody(word: String) {
        let finder = AttributionFinder(pack: LanguagePack.pack(for: "de", sample: "Die Stadt und der Verein"))
        let tokens = ClaimTokenizer.tokens(of: "Nach \(word) kamen 120 Menschen.")
        #expect(finder.hyphenatedReportAuthor(tokens, at: 1) == nil)
    }
}

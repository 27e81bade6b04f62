import Testing
import ParallaxModel
import ParallaxTesting
@testable import ParallaxClaims

/// A spelled `two` as the determiner of a plural noun no lexicon knows is a count (`at two stalls`, `on two separate
/// occasions`), while idioms, nouns of manner and discourse (`two sides of the same coin`, `in two steps`, `for two
/// reasons`), the second of two alternatives (`one or two`), a verb after the number (`"Two is it"`) and a referring
/// determiner (`the two leaders`) leave it none. German keeps `zwei` before an unknown noun uncounted
/// (`spelled-determiner-numbers.txt` is empty there). Sentences written for these tests.
@Suite struct SpelledDeterminerCountTests {
    static func quantityClaims(_ language: String, _ text: String) -> [Claim] {
        let article = FixtureArticle.make(
            paragraphs: [[language == "de" ? "Meldung" : "Report"], [text]], language: language, published: "2026-06-08")
        return ClaimExtractor().extract(from: article).filter { $0.kind == .quantity }
    }

    @Test(arguments: [
        "Health inspectors found the bacteria at two stalls on the market square.",
        "The minister met the envoy on two separate occasions last spring.",
        "Protesters smashed two shopfronts on the high street overnight.",
        "The council closed two playgrounds after the storm.",
    ])
    func countsTheNoun(_ text: String) throws {
        let claims = Self.quantityClaims("en", text)
        let claim = try #require(claims.first { $0.quantity?.value == 2 }, "no count of two in \(claims.map(\.text))")
        #expect(claim.quantity?.qualifier == .exact)
    }

    @Test(arguments: [
        ("en", "Growth and debt are two sides of the same coin, the minister said."),
        ("en", "The union wants the change in two steps."),
        ("en", "The reform came in two stages, the minister said."),
        ("en", "The mayor rejected the plan for two reasons on Tuesday."),
        ("en", "Only one or two stalls stayed open after the inspection."),
        ("en", "\"Two is it,\" the singer told the crowd on Friday."),
        ("en", "The two leaders shook hands in front of the cameras."),
        ("en", "These are my two favourite things about the festival."),
        ("en", "The new printer works up to two times faster than the old one."),
        ("de", "Im Nachbarkreis gibt es zwei Schulen."),
        ("de", "Wachstum und Schulden sind zwei Seiten einer Medaille."),
    ])
    func leavesNoCount(language: String, text: String) {
        let claims = Self.quantityClaims(language, text)
        #expect(!claims.contains { $0.quantity?.value == 2 }, "\(claims.map(\.text))")
    }

    /// The exceptions are a closed class in both languages; the numbers that count so are English only.
    @Test(arguments: ["de", "en"]) func lexiconsLoad(_ language: String) {
        let pack = LanguagePack.pack(for: language)
        let idiom = ClaimTokenizer.tokens(of: language == "de" ? "Seiten einer Medaille" : "sides of the same coin")
        #expect(pack.spelledCountIdioms.match(idiom, at: 0) != nil)
        #expect(pack.spelledDeterminerNumbers.contains("two") == (language == "en"))
        #expect(!pack.spelledDeterminerNumbers.contains("zwei"))
    }
}

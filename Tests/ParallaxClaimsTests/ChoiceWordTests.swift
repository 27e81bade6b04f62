import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Words that end like an election word but name a choice (`Auswahl`, `Berufswahl`; `choice` rows of `election-measures.txt`)
/// make no article one about an election, so `kommt auf` names no share won there; a real election word still does. Sentences
/// written for these tests from general knowledge of German (round 17).
@Suite struct ChoiceWordTests {
    @Test(arguments: [
        ("Bei der Berufswahl helfen Beratungsstellen.", nil),
        ("Die Auswahl an Kursen ist groß.", nil),
        ("Bei der Landtagswahl lag die Beteiligung niedrig.", "won"),
    ] as [(String, String?)])
    func sharesOutsideElections(_ opening: String, _ measure: String?) throws {
        let article = FixtureArticle.make(
            paragraphs: [["Titel"], [opening], ["Der Bezirk kommt dabei auf 37 Prozent."]], language: "de", published: "2026-06-08")
        let claim = try #require(ClaimExtractor().extract(from: article).first { $0.quantity?.value == 37 })
        #expect(claim.measure == measure)
    }
}

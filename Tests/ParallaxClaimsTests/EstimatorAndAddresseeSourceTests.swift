import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 11, third pass (sources of real German news): estimators (`gehen … aus`, `rechnen mit`) and `analysts`, and an
/// outlet told by a speaker (`sagte … der Zeitung`) as the addressee, not the source. Sentences written for these tests
/// (`Fixtures/estimators-and-addressees.json`, in the format of `measures-and-units-by-context-noun.json`).
@Suite struct EstimatorAndAddresseeSourceTests {
    static let cases = FigureCase.load("estimators-and-addressees")

    @Test func fixtureLoads() {
        #expect(Self.cases.count >= 7)
    }

    @Test(arguments: cases) func attributes(_ expected: FigureCase) throws {
        try expected.check()
    }

    /// A publisher's name drops a leading article of any language, so the outlet's own cue and its self-naming agree.
    @Test(arguments: [
        ("Der Standard", "Nach unseren Informationen wurden 40 Anträge gestellt.", "standard"),
        ("The Daily Clarion", "Nach unseren Informationen wurden 40 Anträge gestellt.", "daily clarion"),
        ("Der Finanzkurier", "Der Gerichtshof setzte die Rückschiebungen nach unseren Informationen in 40 Fällen aus.", "finanzkurier"),
    ])
    func namesOutlet(publisher: String, sentence: String, source: String) throws {
        var article = FixtureArticle.make(paragraphs: [["Anträge", sentence]], language: "de", published: "2026-06-08")
        article.publisher = publisher
        let claim = try #require(ClaimExtractor().extract(from: article).first { $0.quantity?.value == 40 })
        #expect(claim.attribution?.source == source)
    }
}

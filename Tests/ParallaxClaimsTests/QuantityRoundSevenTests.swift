import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 7 quantity forms (`Fixtures/quantities-round7.json`): figures placed or shared out by a preposition,
/// in closing quotes, parts of a group named without its number, peoples' names and citizens, large vague
/// amounts, modal upper bounds, delays, one unit of length from an article, spans that date (ago words, age
/// bounds), figures after a month, lower-case participles.
@Suite struct QuantityRoundSevenTests {
    static let cases = QuantityRuleCase.load("quantities-round7")

    @Test func fixtureLoads() {
        #expect(Self.cases.count >= 20)
    }

    @Test(arguments: cases) func reads(_ expected: QuantityRuleCase) throws {
        let article = FixtureArticle.make(
            paragraphs: [["Titel"], [expected.sentence]], language: expected.language, published: "2026-06-08")
        let claims = ClaimExtractor().extract(from: article)
        let claim = claims.first { $0.quantity?.value == expected.value || $0.quantity?.low == expected.value }
        if expected.absent == true {
            #expect(claim == nil)
            return
        }
        let found = try #require(claim, "no claim for \(expected.value)")
        #expect(found.quantity?.unit == expected.unit)
        if let measure = expected.measure { #expect(found.measure == measure) }
        if let qualifier = expected.qualifier { #expect(found.quantity?.qualifier.rawValue == qualifier) }
    }
}

import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// One invented sentence and the quantity expected for one of its numbers (or its absence).
struct QuantityRuleCase: Sendable, Codable, CustomTestStringConvertible {
    var rule: String
    var language: String
    var sentence: String
    var value: Double
    var unit: String?
    var measure: String?
    /// True when the number must not become a quantity claim.
    var absent: Bool?
    /// The expected qualifier (`docs/VOCABULARY.md`), when the case tests one.
    var qualifier: String?
    var testDescription: String { "\(language): \(rule) — \(sentence)" }

    /// The cases of `Fixtures/<name>.json`.
    static func load(_ name: String) -> [QuantityRuleCase] {
        JSONFixture.cases(name)
    }
}

/// Quantity forms taught in rounds 6 and 7, one invented sentence each
/// (`Fixtures/quantity-forms-clauses-and-nouns.json`: half a multiplier, periods before an event, figures that end
/// their clause, identifiers, workers, participles before a counted noun, new counted nouns;
/// `Fixtures/quantity-forms-bounds-and-spans.json`: figures placed or shared out by a preposition, in closing quotes,
/// parts of a group named without its number, peoples' names and citizens, large vague amounts, modal upper bounds,
/// delays, one unit of length from an article, spans that date (ago words, age bounds), figures after a month,
/// lower-case participles).
@Suite struct QuantityRuleTests {
    static let clauseAndNounForms = QuantityRuleCase.load("quantity-forms-clauses-and-nouns")
    static let boundAndSpanForms = QuantityRuleCase.load("quantity-forms-bounds-and-spans")

    @Test func fixturesLoad() {
        #expect(Self.clauseAndNounForms.count >= 14)
        #expect(Self.boundAndSpanForms.count >= 20)
    }

    @Test(arguments: clauseAndNounForms + boundAndSpanForms) func reads(_ expected: QuantityRuleCase) throws {
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

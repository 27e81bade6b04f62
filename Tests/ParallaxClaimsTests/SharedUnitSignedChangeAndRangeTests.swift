import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 12, first pass (quantities of dev9 and real2): figures that share the unit of the figure after them (`um 0,5
/// statt 0,4 Prozent`, `von 59 auf 65 Prozent`), signed changes (`(+0,6 Prozent)`), `oder` ranges, spans of years,
/// vague amounts of a multiplier, people of real Austrian news, time frames, ages of `Jahre alt*`, ranks in words,
/// further counts with a noun of their own. Sentences written for these tests
/// (`Fixtures/shared-units-signed-changes-ranges.json`, in the format of `measures-and-units-by-context-noun.json`).
@Suite struct SharedUnitSignedChangeAndRangeTests {
    static let cases = FigureCase.load("shared-units-signed-changes-ranges")

    @Test func fixtureLoads() {
        #expect(Self.cases.count >= 30)
    }

    @Test(arguments: cases) func extracts(_ expected: FigureCase) throws {
        try expected.check()
    }

    /// Qualifiers read this round: `um die` is about, `spätestens` an upper bound, `oder` between two numbers a range.
    @Test(arguments: [
        ("In Mekka kamen um die 800.000 Pilger zusammen.", 800_000.0, Quantity.Qualifier.about),
        ("Die Frist endet spätestens nach neun Wochen.", 9, .upTo),
        ("Der Verband fordert, dass spätestens sechs Monate später ein Bericht vorliegt.", 6, .upTo),
        ("Ihm wurden zwölf oder 13 Jahre zugesagt.", 12, .range),
    ])
    func qualifies(sentence: String, value: Double, qualifier: Quantity.Qualifier) throws {
        let article = FixtureArticle.make(paragraphs: [["Meldung"], [sentence]], language: "de", published: "2026-06-08")
        let claim = try #require(
            ClaimExtractor().extract(from: article).first { $0.quantity?.value == value || $0.quantity?.low == value })
        #expect(claim.quantity?.qualifier == qualifier)
    }
}

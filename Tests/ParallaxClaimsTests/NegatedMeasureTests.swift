import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A measure verb its clause negates names nothing that happened (`MeasureFinder+Negation.swift`): the negation within four
/// words before the verb, with no figure between. Sentences written for these tests.
@Suite struct NegatedMeasureTests {
    static let cases: [ClaimCase] = [
        .init(language: "de", sentence: "Vier Urlauber konnten sich nicht aus dem Wagen retten.", value: 4, unit: "person", measure: nil),
        // Without the negation rule `gefallen` gave the residents `killed`; a figure of no known unit and no measure (the first
        // version of this case, `zwei Rauchkörper`) is no claim at all.
        .init(language: "de", sentence: "Es ist kein einziger Schuss gefallen, sagten zwei Anwohner.", value: 2, unit: "person", measure: nil),
        .init(language: "en", sentence: "The 14 passengers were not injured.", value: 14, unit: "passenger", measure: nil),
        // A negation before the figure negates a comparison, not the verb.
        .init(language: "de", sentence: "Nicht weniger als 40 Menschen wurden getötet.", value: 40, unit: "person", measure: "killed"),
        .init(language: "de", sentence: "Vier Urlauber konnten aus dem Wagen gerettet werden.", value: 4, unit: "person", measure: "rescued"),
        .init(language: "en", sentence: "Not even 30 residents were evacuated.", value: 30, unit: "resident", measure: "evacuated"),
    ]

    @Test(arguments: cases) func measures(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.measure == expected.measure)
    }
}

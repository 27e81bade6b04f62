import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A participle of measure after a quantifying determiner, perhaps with an adverb of degree between, and before its noun
/// is attributive: it is no verb of the clause (`MeasureFinder+Attributive.swift`). Sentences written for these tests.
@Suite struct AttributiveParticipleTests {
    static let cases: [ClaimCase] = [
        .init(language: "en", sentence: "The council is paying each affected family €1,000.", value: 1000, unit: "eur", measure: "paid"),
        .init(language: "de", sentence: "Die Gemeinde zahlt jeder betroffenen Familie 800 Euro.", value: 800, unit: "eur", measure: "paid"),
        .init(language: "de", sentence: "Rund 300 Fans saßen in der voll besetzten Arena.", value: 300, unit: "person", measure: nil),
        // A participle after its noun is still the clause's verb.
        .init(language: "de", sentence: "Rund 300 Fans wurden verletzt.", value: 300, unit: "person", measure: "wounded"),
    ]

    @Test(arguments: cases) func measures(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.measure == expected.measure)
    }
}

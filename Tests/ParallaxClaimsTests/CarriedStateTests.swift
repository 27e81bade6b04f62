import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A count followed by `mit`/`with` and a noun of injury or illness carries that state, whatever the verb of the clause
/// (`MeasureFinder+CarriedState.swift`, `function-words.txt` `companion`). Sentences written for these tests.
@Suite struct CarriedStateTests {
    static let cases: [ClaimCase] = [
        .init(language: "en", sentence: "The coach overturned on the motorway, leaving nine people with minor injuries.", value: 9,
              unit: "person", measure: "wounded"),
        .init(language: "en", sentence: "The ferry capsized near the harbour, leaving 21 passengers with serious injuries.", value: 21,
              unit: "passenger", measure: "wounded"),
        .init(language: "de", sentence: "Der Bus kippte um, sechs Fahrgäste kamen mit leichten Verletzungen davon.", value: 6,
              unit: "passenger", measure: "wounded"),
        .init(language: "en", sentence: "Doctors are treating 40 patients with infections.", value: 40, unit: "patient", measure: "infected"),
        // Losses after `mit`/`with` are no state a person carries: the clause's verb names the measure.
        .init(language: "de", sentence: "Sieben Firmen mit Verlusten wurden verkauft.", value: 7, unit: "company", measure: "sold"),
    ]

    @Test(arguments: cases) func measures(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.measure == expected.measure)
    }
}

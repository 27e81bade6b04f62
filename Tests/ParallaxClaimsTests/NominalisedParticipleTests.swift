import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A participle of measure used as a noun is no verb of its clause (`MeasureFinder+NominalisedParticiple.swift`): German
/// writes it with a capital inside the sentence, English after `the` with no noun after it. Sentences written for these tests.
@Suite struct NominalisedParticipleTests {
    static let cases: [ClaimCase] = [
        // The helicopters are the responders' (deployed), not wounded by `Verletzten`.
        .init(language: "de", sentence: "Die Verletzten wurden mit drei Hubschraubern in umliegende Kliniken geflogen.", value: 3,
              unit: "aircraft", measure: "deployed"),
        .init(language: "en", sentence: "Three helicopters flew the most badly hurt to the coast.", value: 3, unit: "aircraft",
              measure: "deployed"),
        .init(language: "en", sentence: "Two helicopters carried the injured away.", value: 2, unit: "aircraft", measure: "deployed"),
        // Still a measure as a noun where nothing else names one, and still a verb in lower case.
        .init(language: "de", sentence: "Unter den Verletzten sind zwölf Kinder.", value: 12, unit: "child", measure: "wounded"),
        .init(language: "de", sentence: "Bei dem Unfall wurden zwölf Kinder verletzt.", value: 12, unit: "child", measure: "wounded"),
        // A participle before its noun is attributive and still the figure's own.
        .init(language: "en", sentence: "Police said 16 injured workers were taken to hospital.", value: 16, unit: "worker",
              measure: "wounded"),
    ]

    @Test(arguments: cases) func measures(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.measure == expected.measure)
    }
}

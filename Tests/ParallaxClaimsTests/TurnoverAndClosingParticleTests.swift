import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 25 (measure25): a turnover (`Umsatz`) names no measure, as every writer annotates it; the separable verbs of gaining
/// (`legte … zu`, `nahm … zu`) name an increase only where their particle closes the clause, since `zu` also marks an
/// infinitive (`separable-measures.txt`, fourth field `end`). Sentences written for these tests from knowledge of German.
@Suite struct TurnoverAndClosingParticleTests {
    static let cases: [ClaimCase] = [
        .init(language: "de", sentence: "Die Brauerei machte im Vorjahr einen Umsatz von 310 Millionen Euro.", value: 310_000_000,
              unit: "eur", measure: nil),
        .init(language: "de", sentence: "Der Versandhändler erwirtschaftete rund 2 Milliarden Euro Umsatz.", value: 2_000_000_000,
              unit: "eur", measure: nil),
        .init(language: "de", sentence: "Der Absatz der Brauerei legte im Sommer um 4,5 Prozent zu.", value: 4.5, unit: "percent",
              measure: "increase"),
        .init(language: "de", sentence: "Die Zahl der Anmeldungen nahm um zwölf Prozent zu.", value: 12, unit: "percent",
              measure: "increase"),
        // The `zu` of an infinitive closes nothing.
        .init(language: "de", sentence: "Die Stadt nahm einen Kredit über 40 Millionen Euro auf, um die Schulen zu sanieren.",
              value: 40_000_000, unit: "eur", measure: nil),
    ]

    @Test(arguments: cases) func measure(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: "Meldung")
        #expect(claim.measure == expected.measure)
    }
}

import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 27 (measure27): money moved to another party — a sum with the preposition of a recipient right after it and a verb of
/// moving in its clause — was `paid` to that party (`MeasureFinder+MovedMoney.swift`, `moved-money.txt`). Sentences written for
/// these tests from general knowledge of both languages.
@Suite struct MovedMoneyMeasureTests {
    static let moved: [ClaimCase] = [
        .init(language: "de", sentence: "Noch im Mai schob der Vorstand 35 Millionen Euro an eine Tochterfirma in Zypern.",
              value: 35_000_000, unit: "eur", measure: "paid"),
        .init(language: "de", sentence: "Der Kassenwart soll 2,4 Millionen Euro an seine Schwester verschoben haben.",
              value: 2_400_000, unit: "eur", measure: "paid"),
        .init(language: "de", sentence: "Die Stiftung hat 500.000 Euro an eine Beratungsfirma weitergeleitet.", value: 500_000,
              unit: "eur", measure: "paid"),
        .init(language: "en", sentence: "The treasurer moved about $6 million to a shell company in Panama.", value: 6_000_000,
              unit: "usd", measure: "paid"),
        .init(language: "en", sentence: "Of the grant, £900,000 went to a firm run by the mayor's son.", value: 900_000, unit: "gbp",
              measure: "paid"),
    ]

    /// Figures the rule must leave alone: a sum after the partitive `an` (no recipient), a sum moved nowhere, and counts of
    /// people moved (soldiers keep their own measure, passengers none).
    static let notMoved: [ClaimCase] = [
        .init(language: "de", sentence: "Der Rat verschob die Entscheidung über die 40 Millionen Euro an Fördergeld auf Mai.",
              value: 40_000_000, unit: "eur", measure: nil),
        .init(language: "en", sentence: "The council moved the vote on the €40 million budget to May.", value: 40_000_000,
              unit: "eur", measure: nil),
        .init(language: "de", sentence: "Die Armee verschob 300 Soldaten an die Grenze.", value: 300, unit: "soldier",
              measure: "deployed"),
        .init(language: "en", sentence: "The airline moved 300 passengers to a later flight.", value: 300, unit: "passenger",
              measure: nil),
    ]

    @Test(arguments: moved) func movedMoney(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.measure == expected.measure)
    }

    @Test(arguments: notMoved) func leftAlone(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.measure == expected.measure)
    }
}

import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 31 (measure31): a sum of money that a verb of losing governs is what the loss cost its loser, `cost`
/// (`lost-sums.txt`): in every form of the verb, before or after the sum, separable or not; a share lost, a sum that is
/// itself a change (`um`), and a sum that a level follows stay changes. Sentences written for these tests from general
/// knowledge of both languages.
@Suite struct MoneyLostMeasureTests {
    static let lost: [ClaimCase] = [
        .init(language: "de", sentence: "Die Stadtwerke haben mit Zinswetten 12 Millionen Euro verloren.", value: 12_000_000,
              unit: "eur", measure: "cost"),
        .init(language: "de", sentence: "Der Verein verlor in der Saison rund 3,4 Millionen Euro.", value: 3_400_000, unit: "eur",
              measure: "cost"),
        .init(language: "de", sentence: "Anleger büßten insgesamt 250 Millionen Euro ein.", value: 250_000_000, unit: "eur",
              measure: "cost"),
        .init(language: "de", sentence: "Durch den Betrug hat die Gemeinde etwa 800.000 Euro eingebüßt.", value: 800_000,
              unit: "eur", measure: "cost"),
        .init(language: "de", sentence: "Die Firma verliert täglich 50.000 Euro.", value: 50_000, unit: "eur", measure: "cost"),
        .init(language: "en", sentence: "The club lost about $2.5 million on the deal.", value: 2_500_000, unit: "usd",
              measure: "cost"),
        .init(language: "en", sentence: "Investors have lost some £40m, the regulator said.", value: 40_000_000, unit: "gbp",
              measure: "cost"),
        .init(language: "en", sentence: "The hospital trust is losing €300,000 a month.", value: 300_000, unit: "eur",
              measure: "cost"),
        .init(language: "en", sentence: "The fund said it had lost €70 million ($76 million) on the trades.", value: 76_000_000,
              unit: "usd", measure: "cost"),
    ]

    /// Changes the rule leaves alone: a share lost, a sum after `um`/`by`, a sum with the level it fell to.
    static let changes: [ClaimCase] = [
        .init(language: "de", sentence: "Die Aktie verlor am Montag 4 Prozent.", value: 4, unit: "percent", measure: "decrease"),
        .init(language: "de", sentence: "Der Kurs verlor um 2 Euro.", value: 2, unit: "eur", measure: "decrease"),
        .init(language: "de", sentence: "Die Aktie verlor 1,20 Euro auf 35,10 Euro.", value: 1.2, unit: "eur",
              measure: "decrease"),
        .init(language: "en", sentence: "Shares lost 3% on Monday.", value: 3, unit: "percent", measure: "decrease"),
    ]

    @Test(arguments: lost + changes) func lostSum(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.measure == expected.measure)
        #expect(claim.quantity?.unit == expected.unit)
    }
}

import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 31 (measure31): a sum of money that a verb of taking or receiving governs was paid to the taker, `paid`
/// (`received-sums.txt`); a separable verb of `nehmen` of another sense (`nahm … ein`, `nahm … auf`), a sum joined to another
/// noun by `in`, and an impersonal subject (`it took`) are left alone. Sentences written for these tests from general
/// knowledge of both languages.
@Suite struct MoneyReceivedMeasureTests {
    static let received: [ClaimCase] = [
        .init(language: "de", sentence: "Der Torwart soll 50.000 Euro genommen haben.", value: 50_000, unit: "eur",
              measure: "paid"),
        .init(language: "de", sentence: "Der Beamte nahm 20.000 Euro an.", value: 20_000, unit: "eur", measure: "paid"),
        .init(language: "de", sentence: "Jeder Haushalt bekommt 200 Euro.", value: 200, unit: "eur", measure: "paid"),
        .init(language: "de", sentence: "Er steckte 3.000 Euro ein.", value: 3_000, unit: "eur", measure: "paid"),
        .init(language: "en", sentence: "The official took €20,000 to approve the permit.", value: 20_000, unit: "eur",
              measure: "paid"),
        .init(language: "en", sentence: "Families will get €5,000 each from the fund.", value: 5_000, unit: "eur",
              measure: "paid"),
    ]

    /// Sums the rule leaves alone.
    static let leftAlone: [ClaimCase] = [
        .init(language: "de", sentence: "Die Stadt nahm einen Kredit über 5 Millionen Euro auf.", value: 5_000_000, unit: "eur",
              measure: nil),
        .init(language: "de", sentence: "Dafür nimmt das Land 40 Millionen Euro in die Hand.", value: 40_000_000, unit: "eur",
              measure: nil),
        .init(language: "en", sentence: "The company took €3 million in orders.", value: 3_000_000, unit: "eur", measure: nil),
        .init(language: "en", sentence: "It took €5 million to build the bridge.", value: 5_000_000, unit: "eur", measure: nil),
    ]

    @Test(arguments: received + leftAlone) func receivedSum(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.measure == expected.measure)
        #expect(claim.quantity?.unit == expected.unit)
    }
}

import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 28 (measure28): a sum named by a noun of payment — a voucher or a cheque joined by `über`, a voucher right after the
/// sum, a noun of payment after `in` (`£2 million in dividends`), interest through `von` — is `paid` (`nominal-measures.txt`,
/// `sum-preposition` and `after` rows; `measures.txt`). Sentences written for these tests from general knowledge of both
/// languages.
@Suite struct PaymentNounMeasureTests {
    static let payments: [ClaimCase] = [
        .init(language: "de", sentence: "Jeder Gast bekommt einen Gutschein über 25 Euro.", value: 25, unit: "eur", measure: "paid"),
        .init(language: "de", sentence: "Die Stadt überreichte einen Scheck über 5.000 Euro.", value: 5000, unit: "eur",
              measure: "paid"),
        .init(language: "de", sentence: "Die Gemeinde musste Kreditzinsen von rund 2 Millionen Euro aufbringen.", value: 2_000_000,
              unit: "eur", measure: "paid"),
        .init(language: "en", sentence: "Every guest will get a €25 voucher.", value: 25, unit: "eur", measure: "paid"),
        .init(language: "en", sentence: "The utility handed its owners £40 million in dividends.", value: 40_000_000, unit: "gbp",
              measure: "paid"),
    ]

    /// Figures the rule must leave alone: a change `über` a share (more than), a sum in a year, a sum raised in donations.
    static let notPayments: [ClaimCase] = [
        .init(language: "de", sentence: "Ein Anstieg über 3 Prozent gilt als unwahrscheinlich.", value: 3, unit: "percent",
              measure: "increase"),
        .init(language: "en", sentence: "The firm made €3 million in 2025.", value: 3_000_000, unit: "eur", measure: nil),
        .init(language: "en", sentence: "The charity raised €3 million in donations.", value: 3_000_000, unit: "eur",
              measure: "raised"),
    ]

    @Test(arguments: payments) func paymentNoun(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.measure == expected.measure)
    }

    @Test(arguments: notPayments) func leftAlone(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.measure == expected.measure)
    }
}

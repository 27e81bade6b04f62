import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Earning a sum is a payment (`verdienen`); a share or a count earned is none (the money-measure guard). Sentences written
/// for these tests from general knowledge of German (round 17).
@Suite struct EarningPaymentTests {
    static let cases: [ClaimCase] = [
        .init(language: "de", sentence: "Viele Pflegekräfte verdienen weniger als 2.100 Euro im Monat.", value: 2100, unit: "eur",
              measure: "paid"),
        .init(language: "de", sentence: "Ein Lehrling verdiente im ersten Jahr rund 900 Euro netto.", value: 900, unit: "eur",
              measure: "paid"),
    ]

    @Test(arguments: cases) func measures(_ expected: ClaimCase) throws {
        let claim = try expected.claim()
        #expect(claim.quantity?.unit == expected.unit)
        #expect(claim.measure == expected.measure)
    }
}

import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A sum that names the price of works on a building or structure is their cost (`sum-nouns.txt`, round 19): the noun of the
/// works before the sum in its clause (`eine Sanierung für …`), or right after it (`a €3 million repair`, `die 3 Millionen Euro
/// teure Sanierung`). Sentences written for these tests.
@Suite struct WorksSumTests {
    static let cases: [ClaimCase] = [
        .init(language: "de", sentence: "Die Gemeinde hat eine Sanierung der Brücke für 3,6 Millionen Euro beschlossen.", value: 3_600_000,
              unit: "eur", measure: "cost"),
        .init(language: "de", sentence: "Die 3,6 Millionen Euro teure Generalsanierung der Halle beginnt im Mai.", value: 3_600_000,
              unit: "eur", measure: "cost"),
        .init(language: "en", sentence: "The council has scheduled a £3.6 million repair of the sea wall.", value: 3_600_000, unit: "gbp",
              measure: "cost"),
        .init(language: "en", sentence: "The school will close for a $12 million renovation.", value: 12_000_000, unit: "usd",
              measure: "cost"),
        // A sum no noun of works or money names stays unmeasured.
        .init(language: "en", sentence: "The club signed the striker in a £3.6 million move.", value: 3_600_000, unit: "gbp", measure: nil),
    ]

    @Test(arguments: cases) func measures(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.measure == expected.measure)
    }
}

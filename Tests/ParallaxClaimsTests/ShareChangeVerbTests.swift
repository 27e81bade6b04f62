import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A verb of a market move right before a share names its change, as `up`/`down` and `plus`/`minus` do (`function-words.txt`,
/// `change`; round 19): headlines write `shares slide 8.4%`, and `slide` or `crash` are no measure verbs of a clause elsewhere.
/// Sentences written for these tests.
@Suite struct ShareChangeVerbTests {
    static let cases: [ClaimCase] = [
        .init(language: "en", sentence: "Brammel Foods shares slide 6.2% after recall", value: 6.2, unit: "percent", measure: "decrease"),
        .init(language: "en", sentence: "Orvik shares crash 41% as lender pulls credit line", value: 41, unit: "percent", measure: "decrease"),
        .init(language: "en", sentence: "Tessel stock gains 12% on takeover talk", value: 12, unit: "percent", measure: "increase"),
        .init(language: "de", sentence: "Die Aktie der Reederei verlor 7,5 Prozent.", value: 7.5, unit: "percent", measure: "decrease"),
        .init(language: "de", sentence: "Das Papier kletterte 3,1 Prozent.", value: 3.1, unit: "percent", measure: "increase"),
        // Not right before the share: no change (a landslide is no market move).
        .init(language: "en", sentence: "After the slide, about 40% of the shops stayed closed.", value: 40, unit: "percent", measure: nil),
    ]

    @Test(arguments: cases) func measures(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.measure == expected.measure)
    }
}

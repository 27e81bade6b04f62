import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A figure converted in brackets into another unit of its kind takes the qualifier of the figure it restates, and its
/// measure when its own words name none (`QuantityFinder+BracketedRestatement.swift`,
/// `ClaimBuilder+BracketedRestatement.swift`). Sentences written for these tests.
@Suite struct BracketedConversionTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var language: String
        var sentence: String
        var value: Double
        var qualifier: Quantity.Qualifier
        var measure: String?
        var testDescription: String { "\(language): \(sentence) → \(value)" }
    }

    static let cases: [Case] = [
        // Money: the approximation and the measure carry into the bracket.
        .init(language: "en", sentence: "The storm caused damage of about €30 million ($33 million), the insurer said.", value: 33_000_000,
              qualifier: .about, measure: "cost"),
        .init(language: "de", sentence: "Die Reederei beziffert den Schaden auf rund 30 Millionen Euro (33 Millionen Dollar).",
              value: 33_000_000, qualifier: .about, measure: "cost"),
        // A bound carries, for speeds and lengths alike.
        .init(language: "en", sentence: "Winds reached up to 110 km/h (68 mph) on the coast.", value: 68, qualifier: .upTo, measure: nil),
        // A bracket with its own qualifier keeps it.
        .init(language: "de", sentence: "Die Stadt zahlt den Familien 1.500 Euro (etwa 1.620 Dollar) Soforthilfe.", value: 1620,
              qualifier: .about, measure: "paid"),
        // A length's `about` does not carry (writers disagree; docs/claims.md, round 21).
        .init(language: "en", sentence: "The river was polluted along about 30 miles (48 km) of its course.", value: 48,
              qualifier: .exact, measure: "distance"),
        // The same unit in brackets states a vaguer figure exactly: no conversion.
        .init(language: "de", sentence: "Mehr als jeder Dritte (36 Prozent) gab an, zu Hause zu arbeiten.", value: 36,
              qualifier: .exact, measure: nil),
        // A frame places the figure; it bounds neither.
        .init(language: "en", sentence: "Residents within half a mile (800 metres) of the plant were evacuated.", value: 800,
              qualifier: .exact, measure: "distance"),
    ]

    @Test(arguments: cases) func conversions(_ expected: Case) throws {
        let article = FixtureArticle.make(
            paragraphs: [[expected.language == "de" ? "Meldung" : "Report"], [expected.sentence]], language: expected.language,
            published: "2026-06-08")
        let claim = try #require(ClaimExtractor().extract(from: article).first { $0.quantity?.value == expected.value })
        #expect(claim.quantity?.qualifier == expected.qualifier)
        #expect(claim.measure == expected.measure)
    }
}

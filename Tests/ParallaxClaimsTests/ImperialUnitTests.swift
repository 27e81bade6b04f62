import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Feet, yards, inches and square feet are units of length and area (`units.txt`, `measurement-units.txt`), converted to
/// kilometres and square kilometres beside the original (`UnitConversion`), and a length in brackets after `about` stays
/// exact as other lengths do (`QuantityFinder+BracketedRestatement.swift`). Sentences written for these tests.
@Suite struct ImperialUnitTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var language: String
        var sentence: String
        var value: Double
        var unit: String
        var qualifier: Quantity.Qualifier
        /// The value in the common unit, or nil when the unit has none in the claims stage.
        var normalized: Double?
        var testDescription: String { "\(language): \(sentence) → \(value) \(unit)" }
    }

    static let cases: [Case] = [
        .init(language: "en", sentence: "The crane toppled from a height of about 60 metres (197 feet) onto the quay.", value: 197,
              unit: "foot", qualifier: .exact, normalized: 0.06005),
        .init(language: "en", sentence: "The new depot covers 48,000 square feet on the edge of town.", value: 48_000,
              unit: "square foot", qualifier: .exact, normalized: 0.004459),
        .init(language: "en", sentence: "Workers found a crack more than 12 ft long in the dam wall.", value: 12, unit: "foot",
              qualifier: .moreThan, normalized: 0.003658),
        .init(language: "en", sentence: "The ferry stopped some 300 yards short of the pier.", value: 300, unit: "yard",
              qualifier: .about, normalized: 0.2743),
        .init(language: "en", sentence: "Up to four inches of snow fell overnight in the valley.", value: 4, unit: "inch",
              qualifier: .upTo, normalized: nil),
        .init(language: "en", sentence: "The farm sold 950 acres of pasture to the county.", value: 950, unit: "acre",
              qualifier: .exact, normalized: 3.84),
        .init(language: "de", sentence: "Die Maschine flog zu diesem Zeitpunkt in rund 31.000 Fuß Höhe über dem See.", value: 31_000,
              unit: "foot", qualifier: .about, normalized: 9.45),
        .init(language: "de", sentence: "Das Lager hat eine Fläche von 20.000 Quadratfuß.", value: 20_000, unit: "square foot",
              qualifier: .exact, normalized: 0.001858),
    ]

    @Test(arguments: cases) func units(_ expected: Case) throws {
        let article = FixtureArticle.make(
            paragraphs: [[expected.language == "de" ? "Meldung" : "Report"], [expected.sentence]], language: expected.language,
            published: "2026-06-08")
        let claim = try #require(ClaimExtractor().extract(from: article).first { $0.quantity?.value == expected.value })
        #expect(claim.quantity?.unit == expected.unit)
        #expect(claim.quantity?.qualifier == expected.qualifier)
        #expect(claim.quantity?.normalized?.value == expected.normalized)
    }

    /// `on their feet`, `feet first`: the plural without a number before it is no figure.
    @Test func feetWithoutNumberIsNoFigure() {
        let article = FixtureArticle.make(
            paragraphs: [["Report"], ["The crowd was on its feet as the rescued miners walked out."]], language: "en",
            published: "2026-06-08")
        #expect(ClaimExtractor().extract(from: article).allSatisfy { $0.quantity == nil })
    }
}

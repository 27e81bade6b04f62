import Testing
import ParallaxModel
@testable import ParallaxClaims

/// `über`/`over` before a span of time an amount is spread over is the preposition across, not `more than`
/// (`QuantityFinder+SpanAcross.swift`). Sentences written for these tests.
@Suite struct SpanAcrossTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var language: String
        var sentence: String
        var value: Double
        var qualifier: Quantity.Qualifier
        var testDescription: String { "\(language): \(sentence)" }
    }

    static let cases: [Case] = [
        // After another figure of the noun phrase.
        .init(language: "de", sentence: "Die Beschäftigten fordern acht Prozent mehr Lohn über zwei Jahre.", value: 2, qualifier: .exact),
        .init(language: "en", sentence: "The union wants a 12 percent raise over two years.", value: 2, qualifier: .exact),
        .init(language: "en", sentence: "Employers offered 3% in two steps over 18 months.", value: 18, qualifier: .exact),
        // After a word that spreads what it governs.
        .init(language: "de", sentence: "Die Verhandlungen hatten sich über 30 Sitzungstage erstreckt.", value: 30, qualifier: .exact),
        // A span on its own after a verb of lasting is still more than.
        .init(language: "de", sentence: "Der Einsatz hatte über zwölf Stunden gedauert.", value: 12, qualifier: .moreThan),
        .init(language: "en", sentence: "The rescue lasted over six hours.", value: 6, qualifier: .moreThan),
    ]

    @Test(arguments: cases) func qualifiers(_ expected: Case) throws {
        let article = FixtureArticle.make(
            paragraphs: [[expected.language == "de" ? "Meldung" : "Report"], [expected.sentence]], language: expected.language,
            published: "2026-06-08")
        let claim = try #require(ClaimExtractor().extract(from: article).first { $0.quantity?.value == expected.value })
        #expect(claim.quantity?.qualifier == expected.qualifier)
    }
}

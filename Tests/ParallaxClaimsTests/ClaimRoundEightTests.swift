import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// One invented article (headline paragraph first) and what one of its figures is expected to carry.
struct RoundEightCase: Sendable, Codable, CustomTestStringConvertible {
    var rule: String
    var language: String
    var paragraphs: [[String]]
    var value: Double
    var unit: String?
    var measure: String?
    var source: String?
    var testDescription: String { "\(language): \(rule) (\(value))" }

    /// The cases of `Fixtures/claims-round8.json`.
    static func load() -> [RoundEightCase] {
        guard let url = Bundle.module.url(forResource: "Fixtures/claims-round8", withExtension: "json"),
            let data = try? Data(contentsOf: url),
            let cases = try? JSONDecoder().decode([RoundEightCase].self, from: data)
        else { return [] }
        return cases
    }
}

/// Round 8 (dev5, the sixth writer): lengths read as distance or size from their neighbours, measures joined by
/// `oder`/`or`, verbs that govern another number, clauses after a dash, vocabulary of losing one's life, rescue
/// from the water, shooting down, throttling, capacity; a country's place-named body after its adjective, the
/// story's place after `vor`/`off`, nameless spokespersons, survivors, `warn`, the defence ministry; feminine
/// plurals. Sentences written for these tests from general knowledge of both languages (no corpus sentence).
@Suite struct ClaimRoundEightTests {
    static let cases = RoundEightCase.load()

    @Test func fixtureLoads() {
        #expect(Self.cases.count >= 30)
    }

    @Test(arguments: cases) func extracts(_ expected: RoundEightCase) throws {
        let article = FixtureArticle.make(paragraphs: expected.paragraphs, language: expected.language, published: "2026-06-08")
        let claims = ClaimExtractor().extract(from: article)
        let claim = try #require(
            claims.first { $0.quantity?.value == expected.value || $0.quantity?.low == expected.value },
            "no claim for \(expected.value)")
        #expect(claim.quantity?.unit == expected.unit)
        #expect(claim.measure == expected.measure)
        #expect(claim.attribution?.source == expected.source, "why: \(claim.attribution?.why ?? "none")")
    }
}

import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// One invented article (headline paragraph first) and what one of its figures is expected to carry.
struct RoundNineCase: Sendable, Codable, CustomTestStringConvertible {
    var rule: String
    var language: String
    var paragraphs: [[String]]
    var value: Double
    var unit: String?
    var measure: String?
    var source: String?
    var testDescription: String { "\(language): \(rule) (\(value))" }

    /// The cases of `Fixtures/claims-round9.json`.
    static func load() -> [RoundNineCase] {
        guard let url = Bundle.module.url(forResource: "Fixtures/claims-round9", withExtension: "json"),
            let data = try? Data(contentsOf: url),
            let cases = try? JSONDecoder().decode([RoundNineCase].self, from: data)
        else { return [] }
        return cases
    }
}

/// Round 9 (dev6, the seventh writer): counts on board, a bare figure opening its own clause after a comma, verbs that
/// govern a number past its qualifier, up/down/plus/minus before a share, lengths after `auf`/`along`, before `of` and
/// restated in brackets; a verb cue before its subject body, a possessive place before a place-named body, `insists`.
/// Sentences written for these tests from general knowledge of both languages (no corpus sentence).
@Suite struct ClaimRoundNineTests {
    static let cases = RoundNineCase.load()

    @Test func fixtureLoads() {
        #expect(Self.cases.count >= 19)
    }

    @Test(arguments: cases) func extracts(_ expected: RoundNineCase) throws {
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

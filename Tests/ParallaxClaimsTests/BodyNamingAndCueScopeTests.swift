import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// One invented article (headline paragraph first) and the source expected for one of its numbers.
struct SourceRuleCase: Sendable, Codable, CustomTestStringConvertible {
    var rule: String
    var language: String
    var publisher: String?
    var paragraphs: [[String]]
    var value: Double
    var source: String?
    var testDescription: String { "\(language): \(rule)" }

    /// The cases of `Fixtures/body-naming-and-cue-scope.json`.
    static func load() -> [SourceRuleCase] {
        JSONFixture.cases("body-naming-and-cue-scope")
    }
}

/// Round 6 attribution rules: the story's place for bodies named by it, the outlet's own findings,
/// company families and company-word names, descriptors that keep their kind, abbreviations, pledges,
/// participles, cues confined to their clause, the nearest cue, relayed sources, members of a body.
@Suite struct BodyNamingAndCueScopeTests {
    static let cases = SourceRuleCase.load()

    @Test func fixtureLoads() {
        #expect(Self.cases.count >= 20)
    }

    @Test(arguments: cases) func attributes(_ expected: SourceRuleCase) throws {
        var article = FixtureArticle.make(paragraphs: expected.paragraphs, language: expected.language, published: "2026-06-08")
        article.publisher = expected.publisher
        let claims = ClaimExtractor().extract(from: article)
        let claim = try #require(claims.first { $0.quantity?.value == expected.value || $0.quantity?.low == expected.value })
        #expect(claim.attribution?.source == expected.source, "why: \(claim.attribution?.why ?? "none")")
    }
}

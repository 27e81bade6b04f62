import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// One invented article and the source, hedging or measure one of its figures must have.
struct RealSourceCase: Sendable, Codable, CustomTestStringConvertible {
    var rule: String
    var language: String
    var paragraphs: [[String]]
    var value: Double
    /// The source; `null` in the fixture means the figure has none. Absent means not checked.
    var source: String??
    var hedged: Bool?
    /// The measure; `null` means none. Absent means not checked.
    var measure: String??
    var testDescription: String { "\(language): \(rule) (\(value))" }

    enum CodingKeys: String, CodingKey { case rule, language, paragraphs, value, source, hedged, measure }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        rule = try container.decode(String.self, forKey: .rule)
        language = try container.decode(String.self, forKey: .language)
        paragraphs = try container.decode([[String]].self, forKey: .paragraphs)
        value = try container.decode(Double.self, forKey: .value)
        hedged = try container.decodeIfPresent(Bool.self, forKey: .hedged)
        source = container.contains(.source) ? .some(try container.decodeNil(forKey: .source) ? nil : try container.decode(String.self, forKey: .source)) : .none
        measure = container.contains(.measure) ? .some(try container.decodeNil(forKey: .measure) ? nil : try container.decode(String.self, forKey: .measure)) : .none
    }

    /// The cases of `Fixtures/claims-real-sources.json` (or another fixture of the same form).
    static func load(_ resource: String = "claims-real-sources") -> [RealSourceCase] {
        JSONFixture.cases(resource)
    }
}

/// Round 10, third pass (the `real` split of 10kGNAD studied for sources and measures): interview answers are the
/// interviewee's until the next turn, survey shares that are the subject of a verb of saying are not hedged by the
/// subjunctive that reports the answer, forms shared with the first person next to `ich` are indicative, and a figure
/// after `in` takes no verb measure of its clause. Sentences written for these tests (no corpus sentence).
@Suite struct ClaimRealSourceTests {
    static let cases = RealSourceCase.load()

    @Test func fixtureLoads() {
        #expect(Self.cases.count >= 12)
    }

    @Test(arguments: cases) func extracts(_ expected: RealSourceCase) throws {
        try expected.check()
    }
}

extension RealSourceCase {
    /// Extracts the case's article and checks its figure's source, hedging and measure where the case gives them.
    func check() throws {
        let expected = self
        let article = FixtureArticle.make(paragraphs: expected.paragraphs, language: expected.language, published: "2026-06-08")
        let claims = ClaimExtractor().extract(from: article)
        let claim = try #require(
            claims.first { $0.kind == .quantity && ($0.quantity?.value == expected.value || $0.quantity?.low == expected.value) },
            "no claim for \(expected.value) in \(claims.map(\.text))")
        if case .some(let source) = expected.source { #expect(claim.attribution?.source == source, "\(claim.attribution?.why ?? "")") }
        if let hedged = expected.hedged { #expect((claim.attribution?.hedged ?? false) == hedged) }
        if case .some(let measure) = expected.measure { #expect(claim.measure == measure) }
    }
}

import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// One case of a claims fixture (`Fixtures/length-kinds-measure-verbs-place-bodies.json`, …): an invented article
/// (headline paragraph first) and what one of its figures is expected to carry — unit, measure, source, hedging — or
/// that no claim has the value.
struct FigureCase: Sendable, Codable, CustomTestStringConvertible {
    var rule: String
    var language: String
    var paragraphs: [[String]]
    var value: Double
    /// `null` in the fixture means none; absent means not checked.
    var unit: String??
    var measure: String??
    var source: String??
    /// Checked only when the fixture gives it.
    var hedged: Bool?
    /// True when no quantity claim may have the value.
    var absent: Bool?
    var testDescription: String { "\(language): \(rule) (\(value))" }

    enum CodingKeys: String, CodingKey { case rule, language, paragraphs, value, unit, measure, source, hedged, absent }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        rule = try container.decode(String.self, forKey: .rule)
        language = try container.decode(String.self, forKey: .language)
        paragraphs = try container.decode([[String]].self, forKey: .paragraphs)
        value = try container.decode(Double.self, forKey: .value)
        hedged = try container.decodeIfPresent(Bool.self, forKey: .hedged)
        absent = try container.decodeIfPresent(Bool.self, forKey: .absent)
        func optional(_ key: CodingKeys) throws -> String?? {
            guard container.contains(key) else { return .none }
            return .some(try container.decodeNil(forKey: key) ? nil : try container.decode(String.self, forKey: key))
        }
        unit = try optional(.unit)
        measure = try optional(.measure)
        source = try optional(.source)
    }

    /// The cases of `Fixtures/<resource>.json`.
    static func load(_ resource: String) -> [FigureCase] {
        JSONFixture.cases(resource)
    }
}

extension FigureCase {
    /// Extracts the case's article and checks its figure's unit, measure and source where the case gives them, or
    /// that no quantity claim has the value.
    func check() throws {
        let expected = self
        let article = FixtureArticle.make(paragraphs: expected.paragraphs, language: expected.language, published: "2026-06-08")
        let claims = ClaimExtractor().extract(from: article)
        let matching = claims.filter {
            $0.kind == .quantity && ($0.quantity?.value == expected.value || $0.quantity?.low == expected.value)
        }
        if expected.absent == true {
            #expect(matching.isEmpty, "\(matching.map(\.text))")
            return
        }
        let claim = try #require(matching.first, "no claim for \(expected.value) in \(claims.map(\.text))")
        if case .some(let unit) = expected.unit { #expect(claim.quantity?.unit == unit) }
        if case .some(let measure) = expected.measure { #expect(claim.measure == measure) }
        if case .some(let source) = expected.source { #expect(claim.attribution?.source == source, "\(claim.attribution?.why ?? "")") }
        if let hedged = expected.hedged { #expect(claim.attribution?.hedged == hedged) }
    }
}

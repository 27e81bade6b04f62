import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// One case of `Fixtures/claims-round11b.json`: a figure's unit, measure and source, or that no claim has the value.
struct RoundElevenBCase: Sendable, Codable, CustomTestStringConvertible {
    var rule: String
    var language: String
    var paragraphs: [[String]]
    var value: Double
    /// `null` in the fixture means none; absent means not checked.
    var unit: String??
    var measure: String??
    var source: String??
    /// True when no quantity claim may have the value.
    var absent: Bool?
    var testDescription: String { "\(language): \(rule) (\(value))" }

    enum CodingKeys: String, CodingKey { case rule, language, paragraphs, value, unit, measure, source, absent }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        rule = try container.decode(String.self, forKey: .rule)
        language = try container.decode(String.self, forKey: .language)
        paragraphs = try container.decode([[String]].self, forKey: .paragraphs)
        value = try container.decode(Double.self, forKey: .value)
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
    static func load(_ resource: String = "claims-round11b") -> [RoundElevenBCase] {
        guard let url = Bundle.module.url(forResource: "Fixtures/\(resource)", withExtension: "json"),
            let data = try? Data(contentsOf: url),
            let cases = try? JSONDecoder().decode([RoundElevenBCase].self, from: data)
        else { return [] }
        return cases
    }
}

/// Round 11, second pass (dev8's grouping losses and real English text): escapes name no measure, taking part is a
/// deployment only of helpers and forces, `men` are soldiers only in news of troops, litres per square metre are
/// millimetres and `Kubikmeter` cubic metres, a later coordinated clause keeps its own participle, ages after a count,
/// `monthlong` and spaced hyphens, a first-person speaker inside a quotation, short names resolved to the article's
/// full name. Sentences written for these tests.
@Suite struct ClaimRoundElevenBTests {
    static let cases = RoundElevenBCase.load()

    @Test func fixtureLoads() {
        #expect(Self.cases.count >= 30)
    }

    @Test(arguments: cases) func extracts(_ expected: RoundElevenBCase) throws {
        try expected.check()
    }
}

extension RoundElevenBCase {
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
    }
}

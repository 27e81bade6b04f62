import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// One invented article (headline paragraph first) and what one of its figures is expected to carry.
struct RoundTenCase: Sendable, Codable, CustomTestStringConvertible {
    var rule: String
    var language: String
    var paragraphs: [[String]]
    var value: Double
    var unit: String?
    var measure: String?
    var source: String?
    /// Checked only when the fixture gives it.
    var hedged: Bool?
    var testDescription: String { "\(language): \(rule) (\(value))" }

    /// The cases of `Fixtures/claims-round10.json`.
    static func load() -> [RoundTenCase] {
        guard let url = Bundle.module.url(forResource: "Fixtures/claims-round10", withExtension: "json"),
            let data = try? Data(contentsOf: url),
            let cases = try? JSONDecoder().decode([RoundTenCase].self, from: data)
        else { return [] }
        return cases
    }
}

/// Round 10 (dev7, the eighth writer, studied for mechanisms any writer uses): measures that fit their unit, one
/// figure's counted noun kept from another's clause, a thing's length after `von`/`of`, the inflections of `breit`, the
/// `senken` family, death idioms (`das Leben gekostet`, `jede Hilfe zu spät`), bringing people up alive, `in ruins`,
/// miners as workers and rescuers deployed by default; a body's field after `für`, and `reportedly` citing unnamed
/// others. Sentences written for these tests from general knowledge of both languages (no corpus sentence).
@Suite struct ClaimRoundTenTests {
    static let cases = RoundTenCase.load()

    @Test func fixtureLoads() {
        #expect(Self.cases.count >= 21)
    }

    @Test(arguments: cases) func extracts(_ expected: RoundTenCase) throws {
        let article = FixtureArticle.make(paragraphs: expected.paragraphs, language: expected.language, published: "2026-06-08")
        let claims = ClaimExtractor().extract(from: article)
        let claim = try #require(
            claims.first { $0.quantity?.value == expected.value || $0.quantity?.low == expected.value },
            "no claim for \(expected.value)")
        #expect(claim.quantity?.unit == expected.unit)
        #expect(claim.measure == expected.measure)
        #expect(claim.attribution?.source == expected.source, "why: \(claim.attribution?.why ?? "none")")
        if let hedged = expected.hedged { #expect(claim.attribution?.hedged == hedged) }
    }

    /// The unit check is a pure function of the canonical labels: a table of what each kind of unit admits.
    @Test(arguments: [
        ("killed", "metre", false), ("killed", "person", true), ("killed", "percent", true), ("killed", nil, true),
        ("employed", "eur", false), ("won", "eur", true), ("won", "day", false), ("cost", "person", false),
        ("cost", "eur", true), ("distance", "worker", false), ("distance", "metre", true), ("duration", "day", true),
        ("killed", "tonne", true),
    ] as [(String, String?, Bool)])
    func measureFitsUnit(_ label: String, _ unit: String?, _ admitted: Bool) {
        let finder = MeasureFinder(pack: LanguagePack.pack(for: "en"))
        #expect(finder.admits(label, unit: unit) == admitted)
    }
}

import Foundation
import Testing
import ParallaxModel
import ParallaxTesting
@testable import ParallaxClaims

/// Round 16 (quantities by language structure): figures whose noun a parallel conjunct names (gapping), number words as
/// the bare object or subject of a verb of people, fractions of a multiplier and adjectives of precision before one,
/// and ages and earlier centuries' years that are no quantities. Sentences written for these tests
/// (`Fixtures/gapping-and-number-words.json`, `Fixtures/precision-adjective-qualifiers.json`), negative cases included.
@Suite struct GappingAndNumberWordTests {
    static let cases = FigureCase.load("gapping-and-number-words")

    /// A sentence and the qualifier of the figure with `value`.
    struct QualifierCase: Codable, Sendable, CustomTestStringConvertible {
        var language: String
        var text: String
        var value: Double
        var qualifier: String
        var testDescription: String { "\(language): \(text)" }

        static func load() -> [QualifierCase] {
            JSONFixture.cases("precision-adjective-qualifiers")
        }
    }

    static let qualifierCases = QualifierCase.load()

    @Test func fixturesLoad() {
        #expect(Self.cases.count >= 25)
        #expect(Self.qualifierCases.count >= 4)
    }

    @Test(arguments: cases) func extracts(_ expected: FigureCase) throws {
        try expected.check()
    }

    @Test(arguments: qualifierCases) func qualifies(_ expected: QualifierCase) throws {
        let article = FixtureArticle.make(paragraphs: [["Meldung"], [expected.text]], language: expected.language, published: "2026-06-08")
        let claims = ClaimExtractor().extract(from: article)
        let claim = try #require(
            claims.first { $0.kind == .quantity && $0.quantity?.value == expected.value },
            "no claim for \(expected.value) in \(claims.map(\.text))")
        #expect(claim.quantity?.qualifier.rawValue == expected.qualifier)
    }

    /// Every new lexicon of the round loads in both languages.
    @Test(arguments: ["de", "en"]) func lexiconsLoad(_ language: String) {
        let pack = LanguagePack.pack(for: language)
        #expect(!pack.gapPrepositions.words.isEmpty)
        #expect(!pack.multiplierQualifiers.isEmpty)
        #expect(!pack.agePrepositions.words.isEmpty)
    }
}

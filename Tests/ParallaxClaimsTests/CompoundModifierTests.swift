import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A singular counted noun before a plural no lexicon counts is the modifier of a written-apart compound, whose head names
/// what the figure counts (`QuantityFinder+CompoundModifier.swift`). Sentences written for these tests.
@Suite struct CompoundModifierTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var sentence: String
        var value: Double
        var unit: String?
        var testDescription: String { sentence }
    }

    static let cases: [Case] = [
        // The head is a plural no lexicon counts: no unit, not the modifier's.
        .init(sentence: "The strike closed 310 state schools across the region.", value: 310, unit: nil),
        // A head the lexicon counts names the unit (round 13).
        .init(sentence: "Three bank employees were questioned.", value: 3, unit: "worker"),
        // A counted plural keeps its own unit.
        .init(sentence: "Officials from 12 states met in the capital.", value: 12, unit: "state"),
        // A verb after the noun is no head.
        .init(sentence: "The storm hit 40 houses near the coast.", value: 40, unit: "house"),
    ]

    @Test(arguments: cases) func units(_ expected: Case) throws {
        let article = FixtureArticle.make(paragraphs: [["Report"], [expected.sentence]], language: "en", published: "2026-06-08")
        let claim = try #require(ClaimExtractor().extract(from: article).first { $0.quantity?.value == expected.value })
        #expect(claim.quantity?.unit == expected.unit)
    }

    @Test func germanWritesCompoundsClosed() {
        let finder = QuantityFinder(pack: LanguagePack.pack(for: "de"))
        let tokens = ClaimTokenizer.tokens(of: "Es kamen 20 Staat Schulen.")
        #expect(!finder.isCompoundModifier(tokens, at: 3))
    }
}

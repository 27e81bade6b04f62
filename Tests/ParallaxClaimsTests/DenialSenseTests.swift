import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 20: verbs of denial have other senses, told apart by a word of their clause (`denial-senses.txt`): `bestreiten` a
/// match is to play it, `zurückweisen` people at a border is to turn them back, `widersprechen` a law is to be at odds with
/// it, `deny` someone entry is to refuse it, a judge `dismisses` charges, a senate `rejects` a bill. Invented sentences
/// (`Fixtures/denial-senses.json`).
@Suite struct DenialSenseTests {
    /// The fixture has the shape of `denial-shapes.json`: a sentence, its verb of denial and whether it denies.
    typealias Case = DenialShapeTests.Case

    static let cases: [Case] = JSONFixture.decode(DenialShapeTests.Fixture.self, from: "denial-senses")?.cases ?? []

    @Test func fixtureLoads() {
        #expect(Self.cases.count >= 12)
        #expect(Self.cases.contains { $0.denial } && Self.cases.contains { !$0.denial })
    }

    @Test(arguments: cases) func theClauseDecidesTheSense(_ example: Case) throws {
        let tokens = ClaimTokenizer.tokens(of: example.text)
        let index = try #require(tokens.firstIndex { $0.text == example.verb })
        let senses = try #require(DenialSenses.byLanguage[example.language])
        #expect(senses.isOtherSense(tokens, verbAt: index) == !example.denial, "\(tokens.map(\.text))")
    }

    /// End to end: a sentence in another sense yields no denial claim, also where the verb's particle stands apart
    /// (`wies … zurück`); the same verb denying a charge still does.
    @Test(arguments: cases) func onlyTheDenyingSenseMakesADenial(_ example: Case) {
        let article = FixtureArticle.make(
            paragraphs: [["Bericht aus Valmora"], [example.text]], language: example.language, published: "2026-06-08")
        let denials = ClaimExtractor().extract(from: article).filter { $0.statement?.predicate == "denies" }
        if example.denial {
            #expect(!denials.isEmpty, "no denial in \(example.text)")
        } else {
            #expect(denials.isEmpty, "denial in \(example.text)")
        }
    }
}

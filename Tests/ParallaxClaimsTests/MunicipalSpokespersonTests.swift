import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A spokesperson of a town's administration named by its word alone (round 31, cues32; `docs/claims.md`, *Round 31
/// (cues32)*): `ein Sprecher der Stadt`, `eine Sprecherin der Gemeinde`, `a spokeswoman for the city`, `a spokesman for the
/// town` speak for `city authorities`, as `die Stadt` and `the town` do as speakers (round 21). No entity finder knows the
/// bare word, so the spokesperson had named nobody. Sentences written for these tests.
@Suite struct MunicipalSpokespersonTests {
    private func source(_ sentence: String, language: String) throws -> String? {
        let article = FixtureArticle.make(paragraphs: [["Meldung"], [sentence]], language: language, published: "2026-06-08")
        let claim = try #require(ClaimExtractor().extract(from: article).first { $0.quantity?.value == 40 })
        return claim.attribution?.source
    }

    @Test(arguments: [
        "Ein Sprecher der Stadt sagte, 40 Häuser seien beschädigt.",
        "Eine Sprecherin der Gemeinde sagte, 40 Häuser seien beschädigt.",
        "40 Häuser sind beschädigt, wie eine Sprecherin der Stadt sagte.",
        "Nach Angaben eines Sprechers der Stadtverwaltung sind 40 Häuser beschädigt.",
        "40 Häuser sind beschädigt, sagte ein Sprecher der Kommune.",
    ])
    func german(sentence: String) throws {
        #expect(try source(sentence, language: "de") == "city authorities")
    }

    @Test(arguments: [
        "A spokeswoman for the city said 40 houses were damaged.",
        "A spokesman for the town said 40 houses were damaged.",
        "Some 40 houses were damaged, a spokeswoman for the city said.",
        "According to a spokesman for the municipality, 40 houses were damaged.",
        "Some 40 houses were damaged, a spokesman for city hall said.",
    ])
    func english(sentence: String) throws {
        #expect(try source(sentence, language: "en") == "city authorities")
    }
}

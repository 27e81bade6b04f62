import Testing
import ParallaxModel
@testable import ParallaxClaims

/// The check the time suites share: the claim with `value` in `sentence`, in an article published Tuesday
/// 2026-04-14, refers to the interval `start`…`end` (nil: no time).
enum ClaimTimeExpectation {
    static func expect(
        _ language: String, _ sentence: String, value: Double, start: String?, end: String?,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let article = FixtureArticle.make(paragraphs: [["Titel"], [sentence]], language: language, published: "2026-04-14")
        let claim = try #require(
            ClaimExtractor().extract(from: article).first { $0.quantity?.value == value }, sourceLocation: sourceLocation)
        #expect(claim.time?.start == start, "\(sentence)", sourceLocation: sourceLocation)
        #expect(claim.time?.end == end, "\(sentence)", sourceLocation: sourceLocation)
    }
}

import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// One invented sentence and a figure it must (or must not) yield.
struct RealTextCase: Sendable, Codable, CustomTestStringConvertible {
    var rule: String
    var language: String
    var paragraphs: [[String]]
    var value: Double
    var unit: String?
    /// Checked only when the fixture gives it.
    var qualifier: String?
    /// Checked only when the fixture gives it (`null` is not distinguished from absent: use it for measures).
    var measure: String?
    /// True when no claim may carry `value`.
    var absent: Bool?
    var testDescription: String { "\(language): \(rule) (\(value))" }

    /// The cases of `Fixtures/<resource>.json`.
    static func load(_ resource: String = "claims-real") -> [RealTextCase] {
        JSONFixture.cases(resource)
    }
}

/// Round 10, second pass (the `real` split of 10kGNAD studied): distributive shares (`jeder Vierte`, `zwei von drei
/// Befragten`) and when `x von y` counts members instead, `Zigtausende`, `Viertelmillion`, `mehrere Milliarden`, the
/// unit families of real news (women, suspects, complaints, states, smugglers, fire brigades, signatures, sections),
/// demonyms in `-länder`, bonuses paid, years whose noun stands past a verb, bare `ab`/`bis` bounds and the declined
/// vague amounts (`einige hundert`, `mehreren Dutzend`, `a few hundred`). Sentences written for these tests
/// (no corpus sentence).
@Suite struct ClaimRealTextTests {
    static let cases = RealTextCase.load()

    @Test func fixtureLoads() {
        #expect(Self.cases.count >= 20)
    }

    @Test(arguments: cases) func extracts(_ expected: RealTextCase) throws {
        try expected.check()
    }
}

extension RealTextCase {
    /// Extracts the case's article and checks the figure against the case.
    func check() throws {
        let expected = self
        let article = FixtureArticle.make(paragraphs: expected.paragraphs, language: expected.language, published: "2026-06-08")
        let claims = ClaimExtractor().extract(from: article)
        let match = claims.first { $0.quantity?.value == expected.value || $0.quantity?.low == expected.value }
        if expected.absent == true {
            #expect(match == nil, "unexpected claim \(match?.text ?? "")")
            return
        }
        let claim = try #require(match, "no claim for \(expected.value) in \(claims.map(\.text))")
        #expect(claim.quantity?.unit == expected.unit)
        if let qualifier = expected.qualifier { #expect(claim.quantity?.qualifier.rawValue == qualifier) }
        if let measure = expected.measure { #expect(claim.measure == measure) }
    }
}

import Foundation
import Testing
@testable import ParallaxClaims

/// Round 15 (groups15): a verb of denial denies nothing in some shapes (`denial-shapes.txt`): a noun after a determiner
/// (`to resolve the disputes`), an aim after the infinitive marker (`an effort to deny justice`, `zu bestreiten`; not
/// `continues to deny`), a person dismissed in a relative clause's passive (`who was abruptly dismissed`). Invented
/// sentences (`Fixtures/denial-shapes.json`).
@Suite struct DenialShapeTests {
    struct Case: Decodable, Sendable, CustomTestStringConvertible {
        var language: String
        var text: String
        var verb: String
        var denial: Bool
        var testDescription: String { text }
    }

    struct Fixture: Decodable {
        var cases: [Case]
    }

    static let cases: [Case] = JSONFixture.decode(Fixture.self, from: "denial-shapes")?.cases ?? []

    @Test func fixtureLoads() {
        #expect(Self.cases.count >= 8)
    }

    @Test(arguments: cases) func shapeDecides(_ example: Case) throws {
        let tokens = ClaimTokenizer.tokens(of: example.text)
        let index = try #require(tokens.firstIndex { $0.text == example.verb })
        let shapes = try #require(DenialShapes.byLanguage[example.language])
        #expect(shapes.deniesNothing(tokens, at: index) == !example.denial, "\(tokens.map(\.text))")
    }
}

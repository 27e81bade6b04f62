import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A verb of reckoning whose prepositional object follows later in its clause (`rechnet für Sonntag mit …`), and third-person
/// verbs of expecting (`expects`), name the forecast's source (round 19; `Fixtures/reckoning-complement.json`, invented sentences).
@Suite struct ReckoningComplementTests {
    static let cases = FigureCase.load("reckoning-complement")

    @Test func fixtureLoads() {
        #expect(Self.cases.count == 4)
    }

    @Test(arguments: cases) func attributes(_ expected: FigureCase) throws {
        try expected.check()
    }
}

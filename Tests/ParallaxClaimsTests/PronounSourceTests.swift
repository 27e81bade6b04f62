import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Pronouns are never a source label (round 19): a quote opening with a possessive (`“Our members …,”`, `„Unsere
/// Mitglieder …“`) takes its speaker from the attribution around it (`Fixtures/pronoun-source.json`, invented sentences).
@Suite struct PronounSourceTests {
    static let cases = FigureCase.load("pronoun-source")

    @Test func fixtureLoads() {
        #expect(Self.cases.count == 3)
    }

    @Test(arguments: cases) func attributes(_ expected: FigureCase) throws {
        try expected.check()
    }
}

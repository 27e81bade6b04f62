import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A body named in quotation marks after the noun of its kind keeps the whole quoted name (round 19):
/// `die Bürgerinitiative „Sichere Ufer Mellbach“`, `the campaign group “Safer Roads for Mellbach”` (`Fixtures/quoted-body-name.json`,
/// invented sentences).
@Suite struct QuotedBodyNameTests {
    static let cases = FigureCase.load("quoted-body-name")

    @Test func fixtureLoads() {
        #expect(Self.cases.count == 2)
    }

    @Test(arguments: cases) func attributes(_ expected: FigureCase) throws {
        try expected.check()
    }
}

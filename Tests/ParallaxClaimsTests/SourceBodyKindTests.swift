import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// The kind of a body named once and referred to later by its kind (round 19): an apposition after the name gives it
/// (`Kestrel, one of the region's largest cryptocurrency exchanges,` → `the company said`), kinds of business introduce a name
/// before it (`the caterer Feldhaus`), a company name's last word tells an industry in either language (`Dannert Chemie`), and a
/// body named by its kind alone (`police`) is never what `the company` refers to (`Fixtures/apposition-kind.json`, invented
/// sentences).
@Suite struct SourceBodyKindTests {
    static let cases = FigureCase.load("apposition-kind")

    @Test func fixtureLoads() {
        #expect(Self.cases.count == 7)
    }

    @Test(arguments: cases) func attributes(_ expected: FigureCase) throws {
        try expected.check()
    }
}

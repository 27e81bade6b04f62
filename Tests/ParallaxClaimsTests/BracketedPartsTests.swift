import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A body named with a bracketed list of its parts (round 19): `Kalder Net (WBM, Fonix, Mailbay)` then `das Unternehmen`
/// or `the company` means the body, not its last brand, and the subject before a verb of reckoning is the body; a single
/// abbreviation in brackets stays the body's own short name (`Fixtures/bracketed-parts.json`, invented sentences).
@Suite struct BracketedPartsTests {
    static let cases = FigureCase.load("bracketed-parts")

    @Test func fixtureLoads() {
        #expect(Self.cases.count == 5)
    }

    @Test(arguments: cases) func attributes(_ expected: FigureCase) throws {
        try expected.check()
    }
}

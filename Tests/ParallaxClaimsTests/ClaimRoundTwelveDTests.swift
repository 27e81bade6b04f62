import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 12, second pass (quantities of real text): bare figures that are parts of a whole named before them in the
/// sentence (`von den rund 1.900 Autobahnbrücken … derzeit 240 als …`, `Of the 1,900 bridges, 240 are …`), figures opening
/// their sentence as the subject of a verb (`55.000 haben ihre Wurzeln …`), and a size that ends the run of a measure.
/// Sentences written for these tests (`Fixtures/claims-round12d.json`, in the format of `claims-round11b.json`).
@Suite struct ClaimRoundTwelveDTests {
    static let cases = FigureCase.load("claims-round12d")

    @Test func fixtureLoads() {
        #expect(Self.cases.count >= 14)
    }

    @Test(arguments: cases) func extracts(_ expected: FigureCase) throws {
        try expected.check()
    }
}

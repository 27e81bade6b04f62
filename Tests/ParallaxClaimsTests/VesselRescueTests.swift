import Testing
@testable import ParallaxClaims

/// People evacuated from a vessel — its crew, those on board, those taken off it — are rescued (round 22).
/// Sentences written for these tests from general knowledge of German and English (no corpus sentence).
@Suite struct VesselRescueTests {
    static let cases = FigureCase.load("vessel-rescue")

    @Test func fixtureLoads() {
        #expect(Self.cases.count >= 4)
    }

    @Test(arguments: cases) func extracts(_ expected: FigureCase) throws {
        try expected.check()
    }
}

import Testing
@testable import ParallaxClaims

/// A bare share offered or demanded is the rise asked for; a share of something is not (round 22).
/// Sentences written for these tests from general knowledge of German and English (no corpus sentence).
@Suite struct DemandedShareTests {
    static let cases = FigureCase.load("demanded-share")

    @Test func fixtureLoads() {
        #expect(Self.cases.count >= 7)
    }

    @Test(arguments: cases) func extracts(_ expected: FigureCase) throws {
        try expected.check()
    }
}

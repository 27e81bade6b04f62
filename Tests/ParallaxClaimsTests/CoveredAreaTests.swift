import Testing
@testable import ParallaxClaims

/// An area a verb of covering governs is the size of what covers it, unless a noun of its own follows (round 22).
/// Sentences written for these tests from general knowledge of German and English (no corpus sentence).
@Suite struct CoveredAreaTests {
    static let cases = FigureCase.load("covered-area")

    @Test func fixtureLoads() {
        #expect(Self.cases.count >= 3)
    }

    @Test(arguments: cases) func extracts(_ expected: FigureCase) throws {
        try expected.check()
    }
}

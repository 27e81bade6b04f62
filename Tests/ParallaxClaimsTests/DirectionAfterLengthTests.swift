import Testing
@testable import ParallaxClaims

/// A length before `tief`/`weit` and a word of direction, or before `into`/`inside`, is how far something went (round 22).
/// Sentences written for these tests from general knowledge of German and English (no corpus sentence).
@Suite struct DirectionAfterLengthTests {
    static let cases = FigureCase.load("direction-after-length")

    @Test func fixtureLoads() {
        #expect(Self.cases.count >= 6)
    }

    @Test(arguments: cases) func extracts(_ expected: FigureCase) throws {
        try expected.check()
    }
}

import Testing
@testable import ParallaxClaims

/// A negative pronoun after a measure verb, or one a figure is picked from, leaves the figure without that measure (round 22).
/// Sentences written for these tests from general knowledge of German and English (no corpus sentence).
@Suite struct NegativeSubjectTests {
    static let cases = FigureCase.load("negative-subject")

    @Test func fixtureLoads() {
        #expect(Self.cases.count >= 3)
    }

    @Test(arguments: cases) func extracts(_ expected: FigureCase) throws {
        try expected.check()
    }
}

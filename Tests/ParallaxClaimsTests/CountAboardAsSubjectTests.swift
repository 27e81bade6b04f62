import Testing
@testable import ParallaxClaims

/// A count on board is the vessel's company only after `mit`/`with`; as its clause's subject it takes the verb (round 22).
/// Sentences written for these tests from general knowledge of German and English (no corpus sentence).
@Suite struct CountAboardAsSubjectTests {
    static let cases = FigureCase.load("count-aboard-as-subject")

    @Test func fixtureLoads() {
        #expect(Self.cases.count >= 4)
    }

    @Test(arguments: cases) func extracts(_ expected: FigureCase) throws {
        try expected.check()
    }
}

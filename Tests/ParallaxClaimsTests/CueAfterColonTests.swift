import Testing
@testable import ParallaxClaims

/// A prepositional cue that opens the part of a sentence after a colon names the source of that part, not of the figures of
/// the writer's lead-in before the colon (`Fixtures/cue-after-colon.json`, invented sentences).
@Suite struct CueAfterColonTests {
    static let cases = FigureCase.load("cue-after-colon")

    @Test func fixtureLoads() {
        #expect(Self.cases.count == 4)
    }

    @Test(arguments: cases) func extracts(_ expected: FigureCase) throws {
        try expected.check()
    }
}

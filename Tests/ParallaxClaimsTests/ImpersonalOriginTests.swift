import Testing
@testable import ParallaxClaims

/// An impersonal cue of saying (`hieß es`, `heißt es`) names its party after a preposition of origin (`von`, `aus`, `bei`,
/// `seitens`); without one it stays `sources` (`Fixtures/impersonal-origin.json`, invented sentences).
@Suite struct ImpersonalOriginTests {
    static let cases = FigureCase.load("impersonal-origin")

    @Test func fixtureLoads() {
        #expect(Self.cases.count == 4)
    }

    @Test(arguments: cases) func extracts(_ expected: FigureCase) throws {
        try expected.check()
    }
}

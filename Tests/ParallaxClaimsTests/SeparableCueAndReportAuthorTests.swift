import Testing
@testable import ParallaxClaims

/// Round 12b (sources of the eleventh writer, dev9, and of real German news, real2): separable verb cues whose particle
/// closes the clause, a German verb opening its clause after a comma with its subject after it, the accused of an
/// accusation, report compounds naming their author (`nach Unternehmensangaben`), police bodies named after their seat,
/// national adjectives of real countries, and English names the entity finder splits (`Halden & Pryce`, `Northline Grid
/// said`). Sentences written for these tests (`Fixtures/separable-cues-and-report-authors.json`, in the format of
/// `FigureCase`).
@Suite struct SeparableCueAndReportAuthorTests {
    static let cases = FigureCase.load("separable-cues-and-report-authors")

    @Test func fixtureLoads() {
        #expect(Self.cases.count >= 20)
    }

    @Test(arguments: cases) func attributes(_ expected: FigureCase) throws {
        try expected.check()
    }
}

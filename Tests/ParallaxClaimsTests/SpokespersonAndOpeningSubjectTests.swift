import Testing
@testable import ParallaxClaims

/// Round 12e (sources on real text, second pass): a bare spokesperson (`wie ein Sprecher einräumte`, `a spokesman
/// said`) speaks for the body of the sentence, else the body named last; `Hilfswerk` is an association; a German
/// sentence opening with a name the article gave before (`Pirklhuber beziffert`, `Northline hatte … angekündigt`) has
/// that person or body as its speaker; the subject opening a sentence (`He called … and said`, `Comey, who served three
/// presidents, said`) speaks for a verb cue further on in its clause. Sentences written for these tests
/// (`Fixtures/spokespersons-and-opening-subjects.json`).
@Suite struct SpokespersonAndOpeningSubjectTests {
    static let cases = FigureCase.load("spokespersons-and-opening-subjects")

    @Test func fixtureLoads() {
        #expect(Self.cases.count >= 10)
    }

    @Test(arguments: cases) func attributes(_ expected: FigureCase) throws {
        try expected.check()
    }
}

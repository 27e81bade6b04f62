import Testing
@testable import ParallaxClaims

/// A figure in a relative clause that introduces the speaker (`The company, which employs about 4,200 people, said …`) is the
/// writer's; one in a relative clause of the reported content (`…, which means it carried 12 people more …, police said`) or
/// in the subjunctive (`…, die rund 1,2 Millionen Euro gekostet habe, sagte …`) stays the speaker's
/// (`Fixtures/speaker-relative-clause.json`, invented sentences).
@Suite struct SpeakerRelativeClauseTests {
    static let cases = FigureCase.load("speaker-relative-clause")

    @Test func fixtureLoads() {
        #expect(Self.cases.count == 3)
    }

    @Test(arguments: cases) func extracts(_ expected: FigureCase) throws {
        try expected.check()
    }
}

import Testing
@testable import ParallaxClaims

/// The forms of dying and being ill the lexicons missed: `verenden`, `Kranke`, `were ill`, `perish` (round 22).
/// Sentences written for these tests from general knowledge of German and English (no corpus sentence).
@Suite struct DyingAndIllnessVocabularyTests {
    static let cases = FigureCase.load("dying-and-illness-vocabulary")

    @Test func fixtureLoads() {
        #expect(Self.cases.count >= 4)
    }

    @Test(arguments: cases) func extracts(_ expected: FigureCase) throws {
        try expected.check()
    }
}

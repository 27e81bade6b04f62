import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 9 (dev6, the seventh writer): counts on board, a bare figure opening its own clause after a comma, verbs that
/// govern a number past its qualifier, up/down/plus/minus before a share, lengths after `auf`/`along`, before `of` and
/// restated in brackets; a verb cue before its subject body, a possessive place before a place-named body, `insists`.
/// Sentences written for these tests from general knowledge of both languages (no corpus sentence).
@Suite struct GovernedFigureAndLengthPhraseTests {
    static let cases = FigureCase.load("governed-figures-and-length-phrases")

    @Test func fixtureLoads() {
        #expect(Self.cases.count >= 19)
    }

    @Test(arguments: cases) func extracts(_ expected: FigureCase) throws {
        try expected.check()
    }
}

import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 8 (dev5, the sixth writer): lengths read as distance or size from their neighbours, measures joined by
/// `oder`/`or`, verbs that govern another number, clauses after a dash, vocabulary of losing one's life, rescue
/// from the water, shooting down, throttling, capacity; a country's place-named body after its adjective, the
/// story's place after `vor`/`off`, nameless spokespersons, survivors, `warn`, the defence ministry; feminine
/// plurals. Sentences written for these tests from general knowledge of both languages (no corpus sentence).
@Suite struct LengthKindMeasureVerbAndPlaceBodyTests {
    static let cases = FigureCase.load("length-kinds-measure-verbs-place-bodies")

    @Test func fixtureLoads() {
        #expect(Self.cases.count >= 30)
    }

    @Test(arguments: cases) func extracts(_ expected: FigureCase) throws {
        try expected.check()
    }
}

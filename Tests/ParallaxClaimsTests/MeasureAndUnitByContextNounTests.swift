import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 11, second pass (dev8's grouping losses and real English text): escapes name no measure, taking part is a
/// deployment only of helpers and forces, `men` are soldiers only in news of troops, litres per square metre are
/// millimetres and `Kubikmeter` cubic metres, a later coordinated clause keeps its own participle, ages after a count,
/// `monthlong` and spaced hyphens, a first-person speaker inside a quotation, short names resolved to the article's
/// full name. Sentences written for these tests.
@Suite struct MeasureAndUnitByContextNounTests {
    static let cases = FigureCase.load("measures-and-units-by-context-noun")

    @Test func fixtureLoads() {
        #expect(Self.cases.count >= 30)
    }

    @Test(arguments: cases) func extracts(_ expected: FigureCase) throws {
        try expected.check()
    }
}

import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 12, second pass (quantities of real text): bare figures that are parts of a whole named before them in the
/// sentence (`von den rund 1.900 Autobahnbrücken … derzeit 240 als …`, `Of the 1,900 bridges, 240 are …`), figures
/// opening their sentence as the subject of a verb (`55.000 haben ihre Wurzeln …`), and a size that ends the run of a
/// measure. Sentences written for these tests (`Fixtures/parts-of-wholes-and-subject-figures.json`, in the format of
/// `measures-and-units-by-context-noun.json`).
@Suite struct PartOfWholeAndSubjectFigureTests {
    static let cases = FigureCase.load("parts-of-wholes-and-subject-figures")

    @Test func fixtureLoads() {
        #expect(Self.cases.count >= 14)
    }

    @Test(arguments: cases) func extracts(_ expected: FigureCase) throws {
        try expected.check()
    }
}

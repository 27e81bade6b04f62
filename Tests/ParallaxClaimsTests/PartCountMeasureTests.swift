import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A part of the count right before (`darunter`, `unter ihnen`, `among them`, `including`) continues that count's measure
/// whatever noun it counts; a part after a figure with no measure takes none from further back. Sentences written for these
/// tests from general knowledge of both languages (round 17).
@Suite struct PartCountMeasureTests {
    static let cases: [ClaimCase] = [
        .init(language: "de", sentence: "Bei dem Busunglück starben 17 Menschen, darunter mindestens vier Kinder.", value: 4,
              unit: "child", measure: "killed"),
        .init(language: "de", sentence: "Bei dem Beben wurden 40 Menschen verletzt. Unter ihnen waren auch sechs Kinder.", value: 6,
              unit: "child", measure: "wounded"),
        .init(language: "en", sentence: "At least 17 people were killed in the crash, among them four children.", value: 4,
              unit: "child", measure: "killed"),
        // The figure right before has no measure: nothing is carried past it.
        .init(language: "en", sentence: "Prices rose 4% in May. Officials put the total at 312, including 286 children.", value: 286,
              unit: "child", measure: nil),
    ]

    @Test(arguments: cases) func measures(_ expected: ClaimCase) throws {
        let claim = try expected.claim()
        #expect(claim.quantity?.unit == expected.unit)
        #expect(claim.measure == expected.measure)
    }
}

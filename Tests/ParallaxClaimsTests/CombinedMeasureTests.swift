import ParallaxTesting
import Testing

@testable import ParallaxClaims

/// ``CombinedMeasure/isCombined(_:)`` answers as `String.contains(" or ")` (round 21: bytes for ASCII labels): on the
/// vocabulary's labels, on edge cases and on seeded random strings of spaces, `o`, `r` and other characters.
@Suite struct CombinedMeasureTests {
    @Test(arguments: [
        "killed or wounded", "killed or missing", "killed", "or", " or ", "or ", " or", "honorary", "more or less", "",
        "for", "killed  or wounded", "killed or", "évacué or tué", "x or\u{301} y",
    ])
    func writtenLabels(label: String) {
        #expect(CombinedMeasure.isCombined(label) == label.contains(" or "), "\(label)")
    }

    @Test func randomLabels() {
        let seed = SeededGenerator.testSeed
        var generator = SeededGenerator(seed: seed)
        let pieces = [" ", "o", "r", "or", " or ", "k", "é", "\u{301}", "-"]
        for _ in 0..<5_000 {
            let label = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(CombinedMeasure.isCombined(label) == label.contains(" or "), "seed \(seed): \(Array(label.unicodeScalars))")
        }
    }
}

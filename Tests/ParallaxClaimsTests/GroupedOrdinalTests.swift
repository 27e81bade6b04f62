import ParallaxModel
import Testing
@testable import ParallaxClaims

/// A German figure with group separators and a full stop before a noun, after an article, a contracted preposition or a
/// possessive, is an ordinal (`der 10.000. Besucher`, `ihr 125. Jubiläum`); the same figure ending a sentence is a count.
/// Sentences written for these tests.
@Suite struct GroupedOrdinalTests {
    static func figures(_ sentence: String) -> [Double?] {
        QuantityFinder(pack: LanguagePack.pack(for: "de")).find(in: ClaimTokenizer.tokens(of: sentence)).map(\.quantity.value)
    }

    @Test(arguments: ["Der 10.000. Besucher bekam einen Blumenstrauß.", "Zum 1.000. Mal tagte der Stadtrat.",
                      "Die Brauerei feiert ihr 125. Jubiläum.", "Er bestritt sein 100. Länderspiel."])
    func ordinalIsNoFigure(_ sentence: String) {
        #expect(Self.figures(sentence).isEmpty)
    }

    @Test func figureEndingASentenceStaysACount() {
        #expect(Self.figures("Die Zahl der Anträge stieg auf 12.000. Im Vorjahr waren es weniger.") == [12_000])
    }
}

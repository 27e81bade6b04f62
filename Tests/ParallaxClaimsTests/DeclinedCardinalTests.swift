import ParallaxModel
import Testing
@testable import ParallaxClaims

/// `zweier` and `dreier`, the genitive of two and three (`number-words.txt`), are figures before a noun; the nouns
/// `Zweier` and `Dreier` and compounds such as `Dreierkoalition` are not, nor is any capitalised cardinal below twelve after another word (`eine Drei`). Sentences written for these tests.
@Suite struct DeclinedCardinalTests {
    static func figures(in sentence: String) -> [Double?] {
        QuantityFinder(pack: LanguagePack.pack(for: "de")).find(in: ClaimTokenizer.tokens(of: sentence)).map(\.quantity.value)
    }

    static let counted: [(sentence: String, value: Double)] = [
        ("Die Aussagen zweier Zeuginnen widersprechen sich in einem Punkt.", 2),
        ("Gegen die Trainer dreier Jugendvereine wird ermittelt.", 3),
        ("Nach dem Rücktritt zweier Minister bleibt das Kabinett im Amt.", 2),
        ("Drei Fähren fielen am Morgen aus.", 3),
    ]

    @Test(arguments: counted) func genitiveCardinalIsAFigure(_ sentence: String, value: Double) {
        let found = Self.figures(in: sentence)
        #expect(found == [value])
    }

    @Test(arguments: ["Der Dreier aus der Ecke entschied das Spiel.", "Im Zweier ohne Steuermann siegten die Schwestern.",
                      "Die Dreierkoalition stellt den Bürgermeister.", "Im Zeugnis stand eine Drei in Mathematik."])
    func nounIsNoFigure(_ sentence: String) {
        #expect(Self.figures(in: sentence).isEmpty)
    }
}

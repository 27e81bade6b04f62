import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Tokenised news text spaces the hyphen of a compound on both sides (`open - ended`, `two - fifths`; round 18): a compound
/// modifier is read past to the counted noun, and a fraction so written is a share. Sentences written for these tests.
@Suite struct SpacedHyphenCompoundTests {
    static func quantities(_ text: String) -> [Quantity] {
        QuantityFinder(pack: LanguagePack.pack(for: "en")).find(in: ClaimTokenizer.tokens(of: text)).map(\.quantity)
    }

    @Test(arguments: [
        ("The panel sent dozens of open - ended questions to the lawyers .", "question"),
        ("The navy tested two long - range missiles .", "missile"),
    ])
    func readsPastTheCompoundModifier(text: String, unit: String) {
        #expect(Self.quantities(text).contains { $0.unit == unit })
    }

    @Test(arguments: [
        ("Roughly two - fifths of the budget went to roads .", 40.0),
        ("Nearly two - thirds of the Senate must agree .", 66.7),
        ("About three-fifths of the donors were new .", 60.0),
        ("Some seven - eighths of the ballots were counted .", 87.5),
    ])
    func readsTheFraction(text: String, percent: Double) {
        #expect(Self.quantities(text).contains { $0.unit == "percent" && $0.value == percent })
    }
}

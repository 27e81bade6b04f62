import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A measurement unit of several words joined by hyphens before a noun (`a 2,300-square-kilometre park`, `a 90-square-mile
/// lake`) names its unit as the spaced phrase does (round 25, quantity25: `QuantityFinder+Context.swift`,
/// `hyphenatedPhraseUnit`). Sentences written for these tests.
@Suite struct HyphenatedUnitPhraseTests {
    static func quantities(_ text: String) -> [Quantity] {
        QuantityFinder(pack: LanguagePack.pack(for: "en")).find(in: ClaimTokenizer.tokens(of: text)).map(\.quantity)
    }

    @Test(arguments: [
        ("The fire spread across a 2,300-square-kilometre national park.", 2300.0, "square kilometre"),
        ("Anglers fish the 90-square-mile lake every summer.", 90.0, "square mile"),
        ("Engineers drained a 15-square-metre cellar.", 15.0, "square metre"),
        ("The town lies beside a 48-metre dam.", 48.0, "metre"),
    ])
    func namesTheUnit(_ text: String, _ value: Double, _ unit: String) {
        let found = Self.quantities(text)
        #expect(found.contains { $0.value == value && $0.unit == unit }, "\(found)")
    }
}

import ParallaxModel
import Testing
@testable import ParallaxClaims

/// Fractions in the forms round 31 added: a vulgar fraction against the digits (`2½`, by its Unicode value), the hyphenated
/// `three-quarters`, and `… and a half` after a noun, which halves the thing named and is no share. Sentences written for
/// these tests.
@Suite struct FractionFormTests {
    static func figures(_ language: String, _ sentence: String) -> [Double?] {
        QuantityFinder(pack: LanguagePack.pack(for: language)).find(in: ClaimTokenizer.tokens(of: sentence)).map(\.quantity.value)
    }

    @Test(arguments: [
        ("en", "The river rose 2½ metres overnight.", 2.5),
        ("de", "Der Pegel lag am Morgen bei 3 ½ Metern.", 3.5),
        ("en", "The detour adds 1¾ miles to the route.", 1.75),
        ("en", "Three-quarters of the staff walked out.", 75),
    ])
    func readsTheFraction(_ language: String, _ sentence: String, _ value: Double) {
        #expect(Self.figures(language, sentence) == [value])
    }

    @Test(arguments: ["The hearing lasted an hour and a half.", "About a week and a half later the road reopened."])
    func andAHalfAfterANounIsNoShare(_ sentence: String) {
        #expect(Self.figures("en", sentence).isEmpty)
    }

    @Test func halfOfAWholeStaysAShare() {
        #expect(Self.figures("en", "Half of the 300 homes lost power.") == [50, 300])
    }
}

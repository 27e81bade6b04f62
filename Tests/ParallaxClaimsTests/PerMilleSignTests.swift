import ParallaxModel
import Testing
@testable import ParallaxClaims

/// The per mille sign is the unit `per mille` in both languages, glued to the figure or after a space.
@Suite struct PerMilleSignTests {
    @Test(arguments: [("de", "Der Grenzwert liegt bei 0,5‰."), ("de", "Gemessen wurden 1,1 ‰."), ("en", "The limit is 0.8 per mille.")])
    func perMille(_ language: String, _ sentence: String) {
        let found = QuantityFinder(pack: LanguagePack.pack(for: language)).find(in: ClaimTokenizer.tokens(of: sentence))
        #expect(found.map(\.quantity.unit) == ["per mille"])
    }
}

import Testing
import ParallaxModel
@testable import ParallaxClaims

/// People counted by trade or by their place in a market are persons (docs/VOCABULARY.md): the families of round 20 —
/// transport staff, surgeons, savers, lenders and borrowers, sellers, mourners, referees — in both languages. Sentences
/// written for these tests.
@Suite struct PeopleByTradeUnitTests {
    static func unit(_ language: String, _ text: String) -> String? {
        QuantityFinder(pack: LanguagePack.pack(for: language)).find(in: ClaimTokenizer.tokens(of: text)).first?.quantity.unit
    }

    @Test(arguments: [
        ("en", "Two conductors were treated for shock."),
        ("en", "About 5,000 savers lost their deposits."),
        ("en", "Some 300 creditors filed claims."),
        ("en", "Hundreds of mourners lined the road."),
        ("en", "Four surgeons worked through the night."),
        ("de", "Zwei Zugbegleitern wurde gekündigt."),
        ("de", "Zwölf Schaffner wurden befragt."),
        ("de", "Rund 400 Gläubiger meldeten Forderungen an."),
        ("de", "Vier Chirurgen operierten die ganze Nacht."),
    ])
    func countsPersons(language: String, text: String) {
        #expect(Self.unit(language, text) == "person")
    }
}

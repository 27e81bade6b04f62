import Testing
import ParallaxModel
@testable import ParallaxClaims

/// The postal code of an address on one line (`Lindengasse 12, 31024 Bergheim`, `Am Kornplatz 5 · 8010 Graz`) is no
/// figure: a plain four- or five-digit integer after a street name, a house number and a separator, before a town no
/// lexicon counts (round 18). Sentences written for these tests.
@Suite struct PostalCodeTests {
    static func figures(_ text: String) -> [Double?] {
        QuantityFinder(pack: LanguagePack.pack(for: "de")).find(in: ClaimTokenizer.tokens(of: text)).map(\.quantity.value)
    }

    @Test(arguments: [
        "Kontakt: Verein Lindenhof, Lindengasse 12, 31024 Bergheim",
        "Kanzlei Roth · Am Kornplatz 5 · 8010 Graz · Tel. 0316 55 20",
        "Herausgeber: Bürgerblatt, Marktplatz 3 | 45127 Essen",
        "Büro: Lindenstr. 17, 31024 Bergheim",
        "Werkstatt: Mühlweg 69f, 8010 Graz",
    ])
    func dropsThePostalCode(text: String) {
        #expect(!Self.figures(text).contains(31024) && !Self.figures(text).contains(8010) && !Self.figures(text).contains(45127))
    }

    /// A figure after an address that counts a known noun, or a figure after a comma in a list of counts, stays.
    @Test(arguments: [
        ("Vor der Halle Lindengasse 12, 2000 Besucher warteten stundenlang.", 2000.0),
        ("Im Bezirk Mitte waren es 12, im Bezirk Nord 3400 Anrainer.", 3400.0),
        ("Die Stadt zählt 31024 Einwohner.", 31024.0),
    ])
    func keepsCounts(text: String, value: Double) {
        #expect(Self.figures(text).contains(value))
    }

    /// The house number after an abbreviated street (`Lindenstr. 17`) is no figure either.
    @Test func dropsTheHouseNumberAfterAnAbbreviatedStreet() {
        #expect(Self.figures("Büro: Lindenstr. 17, 31024 Bergheim").isEmpty)
    }
}

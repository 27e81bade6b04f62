import Testing
import ParallaxModel
@testable import ParallaxClaims

/// The closed class of approximators and bounds before a figure (`qualifiers.txt`, round 17): `an die`, `zumindest`,
/// `vielleicht`, `knapp über`; `just under`, `a little over`, `north of`, `in the region of`. A degree word before a bound
/// keeps the bound. Sentences written for these tests.
@Suite struct QualifierVocabularyTests {
    @Test(arguments: [
        ("de", "An die 10.000 Menschen warteten an der Grenze.", Quantity.Qualifier.about),
        ("de", "Vielleicht 500 Menschen kamen zur Kundgebung.", .about),
        ("de", "Der Umbau kostet in etwa 40.000 Euro.", .about),
        ("de", "Zumindest 20 Häuser wurden beschädigt.", .atLeast),
        ("de", "Knapp über 300 Menschen stimmten zu.", .moreThan),
        ("de", "Knapp unter 300 Menschen stimmten zu.", .lessThan),
        ("de", "Deutlich mehr als 300 Menschen stimmten zu.", .moreThan),
        ("de", "Der Schaden beträgt allenfalls 5.000 Euro.", .upTo),
        ("en", "Just under 300 people voted.", .lessThan),
        ("en", "A little over 40 people were arrested.", .moreThan),
        ("en", "The deal is worth north of $5 billion.", .moreThan),
        ("en", "Losses are in the region of $3 million.", .about),
        ("en", "Perhaps 500 people came.", .about),
        ("en", "Slightly fewer than 200 people signed.", .lessThan),
        ("en", "Not more than 20 people may enter.", .upTo),
    ])
    func readsTheQualifier(language: String, text: String, qualifier: Quantity.Qualifier) throws {
        let found = QuantityFinder(pack: LanguagePack.pack(for: language)).find(in: ClaimTokenizer.tokens(of: text))
        let first = try #require(found.first, "no figure in \(text)")
        #expect(first.quantity.qualifier == qualifier)
    }
}

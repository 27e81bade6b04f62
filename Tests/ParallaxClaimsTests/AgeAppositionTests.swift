import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A person's age written between commas after the name (`Dana Whitfield, 44, said`) is no figure (round 18), as `44 years
/// old` is not; a figure with a noun after a place name stays. Sentences written for these tests.
@Suite struct AgeAppositionTests {
    static func values(_ text: String, _ language: String = "en") -> [Double?] {
        QuantityFinder(pack: LanguagePack.pack(for: language)).find(in: ClaimTokenizer.tokens(of: text)).map(\.quantity.value)
    }

    @Test(arguments: [
        "Dana Whitfield, 44, said she had waited in line since dawn.",
        "Rep. Carl Ostrander, 67, of Ohio announced his retirement.",
        "\"We were not told anything,\" said Marisol Vega, 29.",
        "Die Sprecherin Ilse Brandauer, 58, bestätigte den Bericht.",
    ])
    func dropsTheAge(text: String) {
        let language = text.contains("Sprecherin") ? "de" : "en"
        #expect(Self.values(text, language).isEmpty)
    }

    @Test(arguments: [
        ("In Maricopa County, 40 precincts opened late.", 40.0),
        ("Of the 12 finalists, Dana Whitfield, 44 points ahead, won easily.", 12.0),
        ("Whitfield, 44 votes short of a majority, conceded.", 44.0),
    ])
    func keepsCounts(text: String, value: Double) {
        #expect(Self.values(text).contains(value))
    }
}

import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Trees counted by their kind are trees (round 34). Sentences written for these tests.
@Suite struct TreeKindTests {
    static func units(_ language: String, _ text: String) -> [String?] {
        QuantityFinder(pack: LanguagePack.pack(for: language)).find(in: ClaimTokenizer.tokens(of: text)).map(\.quantity.unit)
    }

    @Test(arguments: [
        ("de", "Der Sturm hat rund 2,5 Millionen Fichten umgeworfen."),
        ("de", "Die Stadt pflanzt in diesem Jahr 400 Birken und Platanen."),
        ("en", "The storm felled about 2.5 million spruces in the region."),
        ("en", "The city will plant 400 oaks along the river."),
    ])
    func treesCountedByKindAreTrees(language: String, text: String) {
        #expect(Self.units(language, text).first == "tree")
    }
}

import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Families of counted nouns added in round 34: people on ice and snow, under ground and on foot count as persons, trees
/// counted by their kind as trees. Sentences written for these tests.
@Suite struct PeopleAndTreeKindTests {
    static func units(_ language: String, _ text: String) -> [String?] {
        QuantityFinder(pack: LanguagePack.pack(for: language)).find(in: ClaimTokenizer.tokens(of: text)).map(\.quantity.unit)
    }

    @Test(arguments: [
        ("en", "Eight skaters fell through the ice on the lake."),
        ("en", "Five cavers were trapped by rising water."),
        ("en", "About 40 joggers and ramblers were in the park."),
        ("de", "Rund 200 Spaziergänger wurden vom Gewitter überrascht."),
        ("de", "Zwölf Rodler wurden auf der Piste verletzt."),
        ("de", "Etwa 30 Snowboarder mussten aus dem Lift geholt werden."),
    ])
    func peopleOnIceSnowAndFootCountPersons(language: String, text: String) {
        #expect(Self.units(language, text).first == "person")
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

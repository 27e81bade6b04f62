import Testing
import ParallaxModel
@testable import ParallaxClaims

/// People at the water and on its banks count persons (`counted-noun-families.txt`, round 30): bathers, anglers, surfers and
/// canoeists in both languages, beside the swimmers and beach-goers the lexicon had; a count of things at the water keeps its
/// own noun. Sentences written for these tests.
@Suite struct WatersidePeopleTests {
    @Test(arguments: [
        ("de", "Etwa 250 Badende wurden aus der Halle gebracht.", "person"),
        ("de", "Am Ufer saßen rund 40 Angler.", "person"),
        ("de", "Die Wasserwacht zog 12 Surfer aus der Brandung.", "person"),
        ("de", "Vier Paddler kenterten im Wehr.", "person"),
        ("de", "Drei Kanuten wurden vermisst.", "person"),
        ("en", "About 250 bathers were led out of the hall.", "person"),
        ("en", "Some 600 sunbathers left the beach.", "person"),
        ("en", "Rangers fined 30 anglers on Sunday.", "person"),
        ("en", "Lifeguards pulled 12 surfers from the water.", "person"),
        ("en", "Two kayakers and a diver were rescued.", "person"),
    ])
    func watersidePeopleArePersons(language: String, text: String, unit: String) throws {
        let found = try #require(CountedNounVocabularyTests.firstUnit(language, text))
        #expect(found.unit == unit)
    }

    /// Things at the water keep their noun: the new rows name people only.
    @Test(arguments: [
        ("de", "Am Ufer lagen 14 Boote.", "boat"),
        ("en", "The storm sank 14 boats.", "boat"),
    ])
    func thingsAtTheWaterKeepTheirNoun(language: String, text: String, unit: String) throws {
        let found = try #require(CountedNounVocabularyTests.firstUnit(language, text))
        #expect(found.unit == unit)
    }
}

import Testing
import ParallaxModel
@testable import ParallaxClaims

/// One figure that counts a coordination of different kinds of people counts persons (round 20); paired forms of one kind
/// keep it, and a conjunct with a figure of its own is another count. Sentences written for these tests.
@Suite struct CoordinatedPeopleTests {
    static func units(_ language: String, _ text: String) -> [String?] {
        QuantityFinder(pack: LanguagePack.pack(for: language)).find(in: ClaimTokenizer.tokens(of: text)).map(\.quantity.unit)
    }

    @Test(arguments: [
        ("en", "About 150 firefighters, paramedics and police officers worked at the quay."),
        ("en", "Some 40 firefighters and soldiers cleared the road."),
        ("de", "Rund 200 Feuerwehrleute, Sanitäter und Polizisten waren im Einsatz."),
    ])
    func countsPersons(language: String, text: String) {
        #expect(Self.units(language, text).first == "person")
    }

    @Test(arguments: [
        ("de", "Bis zu 900 Patientinnen und Patienten warten auf einen Termin.", "patient"),
        ("en", "Some 40 soldiers and their families left the base.", "soldier"),
    ])
    func keepsOneKind(language: String, text: String, unit: String) {
        #expect(Self.units(language, text).first == unit)
    }

    /// A conjunct of its own clause, figure or noun phrase, and an apposition after a comma, are no further kinds.
    @Test(arguments: [
        ("en", "The explosion killed two workers and injured five people.", "worker"),
        ("en", "About 900 line workers, including crews from the coast, restored power.", "worker"),
        ("de", "Rund 30 Soldaten und tausende Freiwillige halfen.", "soldier"),
        ("de", "Das Schiff brachte 200 Flüchtlinge und die Leichen von drei Seeleuten.", "refugee"),
    ])
    func keepsTheKindOutsideAList(language: String, text: String, unit: String) {
        #expect(Self.units(language, text).first == unit)
    }

    @Test func aConjunctWithItsOwnFigureIsAnotherCount() {
        let units = Self.units("en", "Crews of 120 firefighters and 30 police officers arrived.")
        #expect(units.first == "firefighter")
    }
}

import Testing
import ParallaxModel
@testable import ParallaxClaims

/// The vocabulary of counted nouns written family by family (`counted-noun-families.txt`, round 17): gender-neutral
/// participle nouns, nominalised participles with their measure, trades, Austrian conscripts, animals, vehicles and `-haus`
/// compounds in German; people, fighters, animals, vehicles, buildings, documents and events in English (things in the
/// plural only, so that a year before a singular noun stays a year). Sentences written for these tests.
@Suite struct CountedNounVocabularyTests {
    /// The unit of the first figure of a sentence.
    static func firstUnit(_ language: String, _ text: String) -> (unit: String?, measure: String?)? {
        let pack = LanguagePack.pack(for: language)
        guard let first = QuantityFinder(pack: pack).find(in: ClaimTokenizer.tokens(of: text)).first else { return nil }
        return (first.quantity.unit, first.impliedMeasure)
    }

    @Test(arguments: [
        ("de", "Rund 4.000 Teilnehmende zogen durch die Innenstadt.", "person"),
        ("de", "Die Polizei zählte 300 Demonstrierende vor dem Rathaus.", "person"),
        ("de", "Das Werk hat 1.200 Mitarbeitende.", "worker"),
        ("de", "Im Lager warten 80 Asylsuchende auf einen Bescheid.", "refugee"),
        ("de", "Im Bezirk leben 2.000 Erwerbstätige.", "person"),
        ("de", "Das Heer rückte mit 400 Grundwehrdienern aus.", "soldier"),
        ("de", "Im Ort gibt es 35 Bauern und 12 Wirte.", "person"),
        ("de", "Im Sommer kamen 20.000 Urlauber auf die Insel.", "person"),
        ("de", "Die Sendung sahen 900.000 Zuseher.", "person"),
        ("de", "Vor dem Schulhaus spielten drei Mädchen.", "child"),
        ("de", "Auf dem Hof leben 40 Lämmer und 12 Ferkel.", "animal"),
        ("de", "Im Gehege wurden zwei Luchse ausgewildert.", "animal"),
        ("de", "Die Polizei setzte 30 Streifenwägen ein.", "vehicle"),
        ("de", "Die Marine schickte zwei Fregatten.", "ship"),
        ("de", "Die Armee feuerte 14 Marschflugkörper ab.", "missile"),
        ("de", "Der Konzern schließt vier Kaufhäuser.", "department store"),
        ("de", "In der Nacht gingen 150 Notrufe ein.", "phone call"),
        ("en", "About 300 protestors gathered outside.", "person"),
        ("en", "Police detained 40 looters overnight.", "person"),
        ("en", "The unit lost 12 paratroopers.", "soldier"),
        ("en", "The plant employs 2,000 laborers.", "worker"),
        ("en", "The channel drew 3 million viewers.", "person"),
        ("en", "The storm killed 300 cows and 40 horses.", "animal"),
        ("en", "Wolves killed 12 sheep and 3 calves.", "animal"),
        ("en", "The navy sent two destroyers.", "ship"),
        ("en", "Officers seized 14 rifles.", "rifle"),
        ("en", "The fire destroyed 40 businesses.", "business"),
        ("en", "The agency received 140 calls.", "phone call"),
    ])
    func countsTheFamily(language: String, text: String, unit: String) throws {
        let found = try #require(Self.firstUnit(language, text))
        #expect(found.unit == unit)
    }

    /// Nominalised participles carry the measure of what befell those they count.
    @Test(arguments: [
        ("de", "Unter den Opfern sind 14 Getötete.", "killed"),
        ("de", "Die Behörde meldete 23 Verstorbene.", "killed"),
        ("de", "Die Bergrettung zählte 6 Gerettete.", "rescued"),
        ("en", "Medics treated 40 wounded.", "wounded"),
    ])
    func nominalParticiplesNameTheirMeasure(language: String, text: String, measure: String) throws {
        let found = try #require(Self.firstUnit(language, text))
        #expect(found.unit == "person")
        #expect(found.measure == measure)
    }

    /// Stems that end other words or are verbs after a figure were left out or written longer: a stamp is no temple,
    /// `taten` and `anrufen` are verbs, a nursing home no home in the splits' convention.
    @Test(arguments: [
        ("de", "Sie brachten 40 Stempel mit."),
        ("de", "Von 10.000 Antragstellern taten 2.000 davon dies in Wien."),
        ("de", "Wer Hilfe braucht, soll 133 anrufen."),
        ("de", "Die Stadt betreibt 12 Pflegeheime."),
    ])
    func leavesLookalikesWithoutTheirUnit(language: String, text: String) {
        let units = QuantityFinder(pack: LanguagePack.pack(for: language)).find(in: ClaimTokenizer.tokens(of: text)).map(\.quantity.unit)
        #expect(!units.contains("animal") && !units.contains("temple") && !units.contains("offence")
            && !units.contains("phone call") && !units.contains("home"), "\(units)")
    }

    /// `Flammen` ends in no lamb: a duration after it is still found.
    @Test func aFlameIsNoLamb() {
        let found = QuantityFinder(pack: LanguagePack.pack(for: "de")).find(
            in: ClaimTokenizer.tokens(of: "Über 120 Feuerwehrleute bekämpften die Flammen mehr als zehn Stunden lang."))
        #expect(found.contains { $0.quantity.unit == "hour" && $0.quantity.qualifier == .moreThan }, "\(found.map(\.quantity))")
    }

    /// English things are listed in the plural: a year before a singular noun is a date, not a count (`his 2013 visit`).
    @Test(arguments: ["He recalled his 2013 visit to the city.", "Their 2016 election campaign was costly."])
    func aYearBeforeASingularThingStaysAYear(text: String) {
        let found = QuantityFinder(pack: LanguagePack.pack(for: "en")).find(in: ClaimTokenizer.tokens(of: text))
        #expect(found.allSatisfy { $0.quantity.value != 2013 && $0.quantity.value != 2016 }, "\(found.map(\.quantity))")
    }

    /// A country's adjective before a noun stays an owner, not a counted people (`Iranian files` are files).
    @Test func aCountryAdjectiveIsNoCountedPeople() throws {
        let found = try #require(Self.firstUnit("en", "Israel obtained hundreds of thousands of Iranian files."))
        #expect(found.unit == "file")
    }
}

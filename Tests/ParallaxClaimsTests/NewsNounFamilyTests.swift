import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Counted nouns of news whose labels docs/VOCABULARY.md lists but whose words no row named, and lists of people joined
/// by a trade written apart (`rescue workers`) (round 24, quantity24: `units.txt`, `QuantityFinder+CoordinatedPeople.swift`).
/// Sentences written for these tests.
@Suite struct NewsNounFamilyTests {
    static func units(_ text: String, _ language: String) -> [String?] {
        QuantityFinder(pack: LanguagePack.pack(for: language)).find(in: ClaimTokenizer.tokens(of: text)).map(\.quantity.unit)
    }

    @Test(arguments: [
        ("The lender will close 23 branches next year.", "en", "branch"),
        ("The agency received more than 80 reports of flooding.", "en", "report"),
        ("Some 300,000 packs of the tablets were recalled.", "en", "pack"),
        ("Inspectors checked about 60 halls across the region.", "en", "hall"),
        ("The rules apply in 14 municipalities.", "en", "municipality"),
        ("The disease has spread to nine farms.", "en", "business"),
        ("Volunteers filled 20,000 sandbags overnight.", "en", "sack"),
        ("Bei der Hotline gingen mehr als 40 Meldungen ein.", "de", "report"),
        ("Rund 12.000 Fluggäste saßen am Flughafen fest.", "de", "passenger"),
        ("Mehr als 70 Schäfer protestierten vor dem Landtag.", "de", "person"),
        ("Die Kanzlei vertritt 150 Mandantinnen und Mandanten.", "de", "person"),
        ("Nach dem Erdrutsch wurden 14 Verschüttete gesucht.", "de", "person"),
        ("Im Stollen warten noch 9 Eingeschlossene auf Rettung.", "de", "person"),
    ])
    func familyHasItsUnit(_ text: String, _ language: String, _ unit: String) {
        #expect(Self.units(text, language).first == unit, "\(Self.units(text, language))")
    }

    @Test(arguments: [
        "About 150 firefighters and rescue workers searched the rubble.",
        "Some 60 firefighters, paramedics and relief workers were deployed.",
    ])
    func tradeWrittenApartJoinsTheList(_ text: String) {
        #expect(Self.units(text, "en").first == "person", "\(Self.units(text, "en"))")
    }

    @Test func aClauseOfHarmAfterTheListIsNoKind() {
        #expect(Self.units("About 40 firefighters came and rescued nine people.", "en").first == "firefighter")
    }
}

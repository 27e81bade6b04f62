import Testing
import ParallaxModel
@testable import ParallaxClaims

/// The narrower harm test of the word for one (round 29, quantity29: `casualty-units.txt`, `function-words.txt`
/// `hypothetical-opener`, `simile`, `one-governing-preposition`, `object-article`, `identifying-copula`,
/// `QuantityFinder+CasualtyOne.swift`): `ein` and `one` count a casualty only where a person or an animal is reported
/// harmed — not a thing, not an image after a comparison, not the object of a preposition, not the attacker before the
/// victim, not one victim identified among several, not in a question or a condition. Sentences written for these tests.
@Suite struct SupposedCasualtyOneTests {
    static func quantities(_ text: String, language: String) -> [Quantity] {
        QuantityFinder(pack: LanguagePack.pack(for: language)).find(in: ClaimTokenizer.tokens(of: text)).map(\.quantity)
    }

    @Test(arguments: [
        ("de", "Ein Toter nach Explosion in einer Lagerhalle"),
        ("de", "Bei dem Zusammenstoß kam ein Mann ums Leben."),
        ("de", "Im Lager wurde ein toter Arbeiter gefunden."),
        ("de", "Umstürzende Bäume töteten einen Förster."),
        ("de", "Als der Kran umstürzte, wurde ein Arbeiter schwer verletzt."),
        ("de", "Bei dem Brand starb ein Mitarbeiter des Lagers."),
        ("de", "Auf der Landstraße wurde ein Reh getötet."),
        ("en", "One climber was killed in the avalanche."),
        ("en", "The blast killed one worker, the company said."),
    ])
    func countsAReportedCasualty(_ language: String, _ text: String) {
        let found = Self.quantities(text, language: language)
        #expect(found.contains { $0.value == 1 }, "\(found)")
    }

    @Test(arguments: [
        ("de", "Ohne neue Betriebe droht das Dorf eine tote Gegend zu werden."),
        ("de", "Der Wanderer hat bei dem Sturz ein Bein verloren und wurde verletzt."),
        ("de", "Der Hund jaulte wie ein verwundetes Tier."),
        ("de", "Der Krimi „Blumen für eine Leiche“ läuft am Sonntag."),
        ("de", "Am Abend verletzte ein Angreifer einen Passanten mit einem Messer."),
        ("de", "Ein Todesopfer ist ein junger Lehrer aus dem Ort."),
        ("de", "Was geschieht, wenn ein Kind im Straßenverkehr getötet wird?"),
        ("de", "Die Versicherung zahlt, falls ein Mitarbeiter bei der Arbeit verletzt wird."),
        ("de", "Muss erst ein Mensch sterben, bevor die Kreuzung sicher wird?"),
        ("en", "If one passenger is injured, the operator must report it."),
    ])
    func leavesASupposedOrFigurativeOne(_ language: String, _ text: String) {
        let found = Self.quantities(text, language: language)
        #expect(!found.contains { $0.value == 1 }, "\(found)")
    }
}

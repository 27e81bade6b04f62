import Testing
import ParallaxModel
@testable import ParallaxClaims

/// German `ein` counting a casualty (round 28, quantity28: `function-words.txt` `counting-one`,
/// `QuantityFinder+CasualtyOne.swift`): a quantity of 1 right before a word that counts casualties by itself (`Ein Toter`),
/// or before a counted noun whose clause names the harm, at the clause's end too (`kam bei dem Unglück ums Leben`). Elsewhere
/// it stays the article. Sentences written for these tests.
@Suite struct GermanCasualtyOneTests {
    static func quantities(_ text: String) -> [Quantity] {
        QuantityFinder(pack: LanguagePack.pack(for: "de")).find(in: ClaimTokenizer.tokens(of: text)).map(\.quantity)
    }

    @Test(arguments: [
        ("Brand in Lagerhalle: Ein Toter und zwölf Verletzte", "person"),
        ("Gasexplosion in Wohnhaus – eine Tote", "person"),
        ("Ein Feuerwehrmann wurde bei den Löscharbeiten schwer verletzt.", "firefighter"),
        ("Ein Bergmann kam bei dem Grubenunglück ums Leben.", "worker"),
        ("Nach Angaben der Polizei starb ein Soldat.", "soldier"),
    ])
    func countsTheCasualty(_ text: String, _ unit: String) {
        let found = Self.quantities(text)
        #expect(found.contains { $0.value == 1 && $0.unit == unit }, "\(found)")
    }

    @Test(arguments: [
        "Ein Sprecher der Feuerwehr sagte, es gebe keine Verletzten.",
        "Ein Zeuge hatte den Brand gegen Mitternacht gemeldet.",
        "Bei einem Unfall in der Nacht wurde niemand verletzt.",
        "Der Film handelt vom Sterben ein Stück weit.",
        "Der Kläger erhielt einen Bescheid über die Entschädigung.",
    ])
    func leavesTheArticle(_ text: String) {
        let found = Self.quantities(text)
        #expect(!found.contains { $0.value == 1 }, "\(found)")
    }
}

import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A people's name in the plural counts persons where no lexicon knows the people (round 34): English `-ians`/`-ans`, German
/// `-ier`/`-aner` with the dative's `-n`, whose common nouns take `-e` in the plural (`Turniere`) — but not `Geier`, `Eier`,
/// `Feiern`. Sentences written for these tests.
@Suite struct PeoplePluralTests {
    static func units(_ language: String, _ text: String) -> [String?] {
        QuantityFinder(pack: LanguagePack.pack(for: language)).find(in: ClaimTokenizer.tokens(of: text)).map(\.quantity.unit)
    }

    @Test(arguments: [
        ("de", "Mehr als 5.000 Lakonier demonstrierten am Samstag in der Hauptstadt."),
        ("de", "Die Grenzpolizei verweigerte rund 300 Valdanern die Einreise."),
        ("de", "Im Lager leben inzwischen 1.200 Kastilianer und warten auf ihre Papiere."),
        ("de", "Nach Angaben der Behörde haben 48.000 Morvanier ihre Stimme per Brief abgegeben."),
        ("en", "About 4,000 Veldanians left the city before the storm."),
        ("en", "More than 900 Morvanians cast their votes by post."),
    ])
    func countsPersons(language: String, text: String) {
        #expect(Self.units(language, text).first == "person")
    }

    @Test(arguments: [
        ("de", "Im Naturpark wurden im Frühjahr 600 Geier gezählt."),
        ("de", "Der Betrieb lieferte am Montag 8.000 Hühnereier aus."),
        ("de", "Die Gemeinde plant im Sommer zwei größere Feiern."),
    ])
    func commonNounsThatEndSoCountNoPersons(language: String, text: String) {
        #expect(Self.units(language, text).first != "person")
    }
}

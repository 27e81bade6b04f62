import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A temperature written with symbols is a figure in degrees (round 19): the scale glued to the figure (`41.3C`), the
/// degree sign with or without its scale (`30 °C`, `86°F`, `20°`), and a sign below zero that is the value's (`minus 9C`,
/// `-3 Grad`). A glued capital after a label (`Apartment 4C`) and a letter standing apart (`Gruppe 3 C`) are no
/// temperature. Sentences written for these tests.
@Suite struct TemperatureSymbolTests {
    static func first(_ language: String, _ text: String) -> Quantity? {
        QuantityFinder(pack: LanguagePack.pack(for: language)).find(in: ClaimTokenizer.tokens(of: text)).first?.quantity
    }

    @Test(arguments: [
        ("en", "Temperatures in the capital climbed to 41.3C on Monday.", 41.3),
        ("en", "The thermometer showed 86°F at noon.", 86.0),
        ("en", "Temperatures fell to minus 9C overnight.", -9.0),
        ("en", "By dawn it was -12C in the valley.", -12.0),
        ("de", "Gemessen wurden 38,2 °C im Schatten.", 38.2),
        ("de", "Im Freien hatte es 30°C.", 30.0),
        ("de", "Nachts sank die Temperatur auf minus 5 Grad.", -5.0),
        ("de", "Am Morgen wurden (-3 Grad) gemessen.", -3.0),
        ("de", "Das Wasser hat nur 14° an der Oberfläche.", 14.0),
    ])
    func readsTheTemperature(language: String, text: String, value: Double) {
        let quantity = Self.first(language, text)
        #expect(quantity?.unit == "degree")
        #expect(quantity?.value == value)
    }

    @Test(arguments: [
        ("en", "The couple lived in Apartment 4C for years."),
        ("de", "Nr. 44 der Liste: 44C Singer, Druck in Grün, 1913."),
        ("en", "64F WARNCKE, print in brown, 1911."),
        ("de", "Das Spiel der Gruppe 3 C endete torlos."),
        ("en", "Shares were minus 2 percent by the close."),
    ])
    func readsNoTemperature(language: String, text: String) {
        #expect(Self.first(language, text)?.unit != "degree")
    }

    /// `minus` before a share still names a fall of a positive share.
    @Test func aShareAfterMinusStaysPositive() {
        #expect(Self.first("de", "Der Umsatz lag bei minus 6,2 Prozent.")?.value == 6.2)
    }
}

import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A speed written as a length per hour is one unit (`units.txt`, round 18): `250 Kilometer pro Stunde` is a speed, not a
/// distance of 250 km, in every common spelling of both languages; a length alone stays a length. Sentences written for
/// these tests.
@Suite struct SpeedUnitTests {
    static func firstUnit(_ language: String, _ text: String) -> String? {
        QuantityFinder(pack: LanguagePack.pack(for: language)).find(in: ClaimTokenizer.tokens(of: text)).first?.quantity.unit
    }

    @Test(arguments: [
        ("de", "Der Sturm erreichte Spitzen von 140 Kilometer pro Stunde.", "kilometre per hour"),
        ("de", "Der Lenker war mit 95 Kilometern pro Stunde unterwegs.", "kilometre per hour"),
        ("de", "Erlaubt sind 30 Kilometer je Stunde.", "kilometre per hour"),
        ("de", "Der Zug fährt 160 Kilometer in der Stunde.", "kilometre per hour"),
        ("de", "Gemessen wurden 212 kmh.", "kilometre per hour"),
        ("de", "Das Radar zeigte 87 km/std an.", "kilometre per hour"),
        ("en", "Gusts reached 90 miles per hour.", "mile per hour"),
        ("en", "The van was doing 70 miles an hour.", "mile per hour"),
        ("en", "Winds of 130 kilometres per hour were measured.", "kilometre per hour"),
        ("en", "The train travels at 300 kilometers an hour.", "kilometre per hour"),
        ("en", "Gusts of 110 kph were recorded.", "kilometre per hour"),
    ])
    func readsTheSpeed(language: String, text: String, unit: String) {
        #expect(Self.firstUnit(language, text) == unit)
    }

    @Test(arguments: [
        ("de", "Die Leitung ist 214 Kilometer lang.", "kilometre"),
        ("de", "Der Stau reichte über zwölf Kilometer.", "kilometre"),
        ("en", "The pipeline runs 40 miles to the coast.", "mile"),
        ("en", "The fire spread over 12 kilometres in an hour.", "kilometre"),
    ])
    func keepsLengths(language: String, text: String, unit: String) {
        #expect(Self.firstUnit(language, text) == unit)
    }
}

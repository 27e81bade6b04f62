import Testing
import ParallaxModel
@testable import ParallaxClaims

/// One expected quantity: text, value (or bounds), qualifier and unit.
struct QuantityCase: Sendable, CustomTestStringConvertible {
    var language: String
    var text: String
    var value: Double?
    var low: Double? = nil
    var high: Double? = nil
    var qualifier: Quantity.Qualifier = .exact
    var unit: String?
    var testDescription: String { "\(language): \(text)" }
}

@Suite struct QuantityFinderTests {
    static let cases: [QuantityCase] = [
        .init(language: "de", text: "etwa 14.000 Soldaten", value: 14000, qualifier: .about, unit: "soldier"),
        .init(language: "en", text: "14,000 troops", value: 14000, unit: "soldier"),
        .init(language: "de", text: "14 000 Kämpfer", value: 14000, unit: "soldier"),
        .init(language: "de", text: "1,5 Millionen Menschen", value: 1_500_000, unit: "person"),
        .init(language: "en", text: "1.5 million people", value: 1_500_000, unit: "person"),
        .init(language: "de", text: "2 Mrd. Euro", value: 2_000_000_000, unit: "eur"),
        .init(language: "en", text: "$2bn", value: 2_000_000_000, unit: "usd"),
        .init(language: "de", text: "zwölftausend Soldaten", value: 12000, unit: "soldier"),
        .init(language: "en", text: "twelve thousand fighters", value: 12000, unit: "soldier"),
        .init(language: "de", text: "Dutzende Verletzte", value: nil, low: 24, qualifier: .atLeast, unit: "person"),
        .init(language: "de", text: "mehrere Tausend Menschen", value: nil, low: 2000, qualifier: .atLeast, unit: "person"),
        .init(language: "en", text: "hundreds of civilians", value: nil, low: 200, qualifier: .atLeast, unit: "civilian"),
        .init(language: "de", text: "ein Drittel", value: 33.3, unit: "percent"),
        .init(language: "de", text: "40 Prozent", value: 40, unit: "percent"),
        .init(language: "en", text: "40%", value: 40, unit: "percent"),
        .init(language: "de", text: "15.000€", value: 15000, unit: "eur"),
        .init(language: "en", text: "€15,000", value: 15000, unit: "eur"),
        .init(language: "de", text: "10.000 bis 12.000 Soldaten", value: nil, low: 10000, high: 12000, qualifier: .range, unit: "soldier"),
        .init(language: "en", text: "between 10,000 and 12,000 troops", value: nil, low: 10000, high: 12000, qualifier: .range, unit: "soldier"),
        .init(language: "de", text: "10–12.000 Soldaten", value: nil, low: 10000, high: 12000, qualifier: .range, unit: "soldier"),
        .init(language: "de", text: "rund 500 Häuser", value: 500, qualifier: .about, unit: "house"),
        .init(language: "de", text: "ungefähr 20 Panzer", value: 20, qualifier: .about, unit: "tank"),
        .init(language: "de", text: "circa 30 Drohnen", value: 30, qualifier: .about, unit: "drone"),
        .init(language: "de", text: "ca. 30 Drohnen", value: 30, qualifier: .about, unit: "drone"),
        .init(language: "de", text: "knapp 300 Fahrzeuge", value: 300, qualifier: .about, unit: "vehicle"),
        .init(language: "de", text: "fast 300 Fahrzeuge", value: 300, qualifier: .about, unit: "vehicle"),
        .init(language: "de", text: "über 530 Quadratmeilen", value: 530, qualifier: .moreThan, unit: "square mile"),
        .init(language: "de", text: "mehr als 100 Gebäude", value: 100, qualifier: .moreThan, unit: "building"),
        .init(language: "de", text: "mindestens 12 Tote", value: 12, qualifier: .atLeast, unit: "person"),
        .init(language: "de", text: "nicht weniger als 14.000 Soldaten", value: 14000, qualifier: .atLeast, unit: "soldier"),
        .init(language: "de", text: "bis zu 12.000 Soldaten", value: 12000, qualifier: .upTo, unit: "soldier"),
        .init(language: "de", text: "höchstens 50 Flüge", value: 50, qualifier: .upTo, unit: "flight"),
        .init(language: "de", text: "weniger als 10 Patienten", value: 10, qualifier: .lessThan, unit: "patient"),
        .init(language: "en", text: "about 3,000 soldiers", value: 3000, qualifier: .about, unit: "soldier"),
        .init(language: "en", text: "around 3,000 soldiers", value: 3000, qualifier: .about, unit: "soldier"),
        .init(language: "en", text: "nearly 3,000 soldiers", value: 3000, qualifier: .about, unit: "soldier"),
        .init(language: "en", text: "more than 3,000 soldiers", value: 3000, qualifier: .moreThan, unit: "soldier"),
        .init(language: "en", text: "over 3,000 soldiers", value: 3000, qualifier: .moreThan, unit: "soldier"),
        .init(language: "en", text: "at least 3,000 soldiers", value: 3000, qualifier: .atLeast, unit: "soldier"),
        .init(language: "en", text: "no fewer than 3,000 soldiers", value: 3000, qualifier: .atLeast, unit: "soldier"),
        .init(language: "en", text: "up to 3,000 soldiers", value: 3000, qualifier: .upTo, unit: "soldier"),
        .init(language: "en", text: "at most 3,000 soldiers", value: 3000, qualifier: .upTo, unit: "soldier"),
        .init(language: "de", text: "1.000 nordkoreanischen Gefallenen", value: 1000, unit: "soldier"),
        .init(language: "de", text: "200 Artilleriegranaten", value: 200, unit: "shell"),
        .init(language: "de", text: "80 Quadratkilometer", value: 80, unit: "square kilometre"),
    ]

    @Test(arguments: cases)
    func findsQuantity(_ expected: QuantityCase) throws {
        let pack = LanguagePack.pack(for: expected.language)
        let tokens = ClaimTokenizer.tokens(of: expected.text)
        let found = QuantityFinder(pack: pack).find(in: tokens)
        try #require(found.count == 1, "found \(found.map(\.quantity))")
        let quantity = found[0].quantity
        #expect(quantity.value == expected.value)
        #expect(quantity.low == expected.low)
        #expect(quantity.high == expected.high)
        #expect(quantity.qualifier == expected.qualifier)
        #expect(quantity.unit == expected.unit)
        #expect(found[0].first == 0)
    }

    @Test(arguments: [
        ("de", "am 28.04.2025"), ("de", "um 19:00 Uhr"), ("de", "im Jahr 2024"), ("de", "im Sommer 2024"),
        ("de", "am 3. Oktober"), ("de", "der 2. Weltkrieg"), ("de", "Tel. 030 1234567"), ("de", "Hauptstraße 12"),
        ("de", "Nr. 5"), ("de", "im 91. Lebensjahr"), ("de", "zum 40. Mal"), ("de", "F-16"), ("de", "ein 45-jähriger Mann"), ("en", "on April 28, 2025"),
        ("en", "at 5 p.m."), ("en", "the 3rd day"), ("en", "since 2022"), ("en", "COVID-19"), ("de", "28. April 2025"),
        ("en", "page 12"), ("de", "seit Februar 2022"), ("en", "he was 45 years old"),
    ])
    func ignoresNonQuantities(language: String, text: String) {
        let found = QuantityFinder(pack: LanguagePack.pack(for: language)).find(in: ClaimTokenizer.tokens(of: text))
        #expect(found.isEmpty, "\(text) gave \(found.map(\.quantity))")
    }

    /// A spelled-out currency word before a figure belongs to the figure before it; only a sign or a code
    /// names the currency of the figure after it (invented sentence).
    @Test func currencyWordBeforeAFigureIsNotItsCurrency() throws {
        let text = "Anleger erhalten neben Zinsen von 125 Euro ein Zehntel des Nennwertes, dazu EUR 40 Bonus."
        let found = QuantityFinder(pack: LanguagePack.pack(for: "de")).find(in: ClaimTokenizer.tokens(of: text))
        let tenth = try #require(found.first { $0.quantity.value == 10 })
        #expect(tenth.quantity.unit == "percent")
        #expect(found.contains { $0.quantity.value == 40 && $0.quantity.unit == "eur" })
        #expect(found.contains { $0.quantity.value == 125 && $0.quantity.unit == "eur" })
    }

    @Test(arguments: [
        ("de", "ein 300 Quadratmeter großes Apartment", "square metre", 0.0003),
        ("en", "a 300 square metre flat", "square metre", 0.0003),
        ("de", "nur sieben Sekunden später", "second", nil),
    ])
    func readsSmallAreasAndSeconds(language: String, text: String, unit: String, normalized: Double?) throws {
        let found = QuantityFinder(pack: LanguagePack.pack(for: language)).find(in: ClaimTokenizer.tokens(of: text))
        let quantity = try #require(found.first?.quantity)
        #expect(quantity.unit == unit)
        #expect(quantity.normalized?.value == normalized)
    }

    @Test func convertsAreasToSquareKilometres() throws {
        let found = QuantityFinder(pack: LanguagePack.pack(for: "de")).find(in: ClaimTokenizer.tokens(of: "530 Quadratmeilen"))
        let normalized = try #require(found.first?.quantity.normalized)
        #expect(normalized.unit == "square kilometre")
        #expect(abs(normalized.value - 1372.69) < 0.01)
    }
}

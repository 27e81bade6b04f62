import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A figure without a unit compared back with the figure before it (`up from the 38 reported`, `far more than the 412 the
/// operator declared`, `nach zuvor 34`) counts what that figure counts (round 28, quantity28:
/// `QuantityFinder+ComparedFigure.swift`, `compared-figure-openers.txt`). Sentences written for these tests.
@Suite struct ComparedFigureTests {
    static func quantities(_ text: String, _ language: String) -> [Quantity] {
        QuantityFinder(pack: LanguagePack.pack(for: language)).find(in: ClaimTokenizer.tokens(of: text)).map(\.quantity)
    }

    @Test(arguments: [
        ("Some 2,400 households are without water, up from the 900 counted at dawn.", "en", 900.0, "household"),
        ("The hotline logged 6,100 calls, down from about 7,000 a day earlier.", "en", 7000.0, "phone call"),
        ("Rescuers found 310 passengers, far more than the 260 the ferry company listed.", "en", 260.0, "passenger"),
        ("The count rose to 58 firefighters from the 45 first sent.", "en", 45.0, "firefighter"),
        ("Am Abend zählte die Polizei 1.900 Demonstranten nach zuvor 1.200.", "de", 1200.0, "person"),
        ("Die Reederei nannte 212 Passagiere, mehr als die 180 vom Vortag.", "de", 180.0, "passenger"),
    ])
    func takesTheUnitOfTheFigureBefore(_ text: String, _ language: String, _ value: Double, _ unit: String) {
        let found = Self.quantities(text, language)
        #expect(found.contains { $0.value == value && $0.unit == unit }, "\(found)")
    }

    @Test(arguments: [
        ("The shelter took in 40 people from 9 to 11 in the evening.", "en", 9.0, "person"),
        ("Police held 300 people; 120 were charged, and 40 from the first night were freed.", "en", 40.0, "person"),
        ("Die Polizei nahm 12 Personen fest, von 9 bis 11 Uhr war die Straße gesperrt.", "de", 9.0, "person"),
        ("Die Wehr schickte 30 Feuerwehrleute, 4 kamen später nach.", "de", 4.0, "firefighter"),
    ])
    func bareFromOrCommaIsNoComparison(_ text: String, _ language: String, _ value: Double, _ unit: String) {
        let found = Self.quantities(text, language)
        #expect(!found.contains { $0.value == value && $0.unit == unit }, "\(found)")
    }
}

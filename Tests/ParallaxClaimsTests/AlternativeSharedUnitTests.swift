import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A figure before `statt`, `anstatt`, `instead of`, `rather than` counts what its alternative after counts, a counted noun
/// or a span too (`QuantityFinder+SharedUnit.swift`, `unit-sharers.txt`). Sentences written for these tests.
@Suite struct AlternativeSharedUnitTests {
    static func units(_ text: String, _ language: String) -> [String?] {
        QuantityFinder(pack: LanguagePack.pack(for: language)).find(in: ClaimTokenizer.tokens(of: text)).map(\.quantity.unit)
    }

    @Test(arguments: [
        ("Die Schichten dauern künftig 10 statt 12 Stunden.", "de", "hour"),
        ("Das Land schickt 60 statt bisher 30 Grenzpolizisten.", "de", "person"),
        ("Künftig entscheiden 3 anstatt 5 Richter.", "de", "person"),
        ("The panel will have 3 instead of 5 judges.", "en", "person"),
        ("Rates rose by 0.5 rather than 0.25 percent.", "en", "percent"),
    ])
    func firstSharesTheUnit(_ text: String, _ language: String, _ unit: String) {
        let found = Self.units(text, language)
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0 == unit })
    }

    /// `und`/`and` still share no counted noun (`58 und hat drei Kinder`).
    @Test func andSharesNoCount() {
        #expect(Self.units("Er ist 58 und hat drei Kinder.", "de").first == .some(nil))
    }
}

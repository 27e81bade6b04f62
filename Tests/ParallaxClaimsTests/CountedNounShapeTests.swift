import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 33 (quantity33): shapes of German and English number expression around a count's noun. Sentences written for these
/// tests.
@Suite struct CountedNounShapeTests {
    static func quantities(_ text: String, _ language: String) -> [Quantity] {
        QuantityFinder(pack: LanguagePack.pack(for: language)).find(in: ClaimTokenizer.tokens(of: text)).map(\.quantity)
    }

    /// A counted noun that only ends like a street (`-läufer`, `-käufer` end in the street suffix `ufer`) is no house number's
    /// street: the figure before it counts people.
    @Test(arguments: [
        ("Am Sonntag sind 13 Schlittschuhläufer eingebrochen.", 13.0),
        ("Die Plattform hat heute 25 Millionen Verkäufer.", 25_000_000.0),
        ("Es kamen 40 Käufer zur Versteigerung.", 40.0),
    ])
    func agentNounEndingLikeAStreetCounts(text: String, value: Double) {
        let found = Self.quantities(text, "de")
        #expect(found.contains { $0.value == value && $0.unit == "person" })
    }

    /// A house number before a street still counts nothing.
    @Test func houseNumberBeforeAStreetStaysOut() {
        #expect(Self.quantities("The office at 14 Quay Road was closed.", "en").isEmpty)
    }

    /// An age between a count and its noun is read past as an adjective (`Drei 67-jährige Männer`).
    @Test(arguments: [
        ("Drei 67-jährige Männer wurden verletzt.", "de", 3.0),
        ("Zwei 30-jährige Frauen wurden festgenommen.", "de", 2.0),
    ])
    func countsPastAnAge(text: String, language: String, value: Double) {
        let found = Self.quantities(text, language)
        #expect(found.contains { $0.value == value && $0.unit != nil })
        #expect(!found.contains { $0.value == 67 || $0.value == 30 })
    }

    /// One man is a person; `Mann` measures soldiers only as the invariant measure of a force (`9.000 Mann`).
    @Test(arguments: [
        ("Ein Mann kam bei dem Unglück ums Leben.", 1.0, "person"),
        ("Mit 9.000 Mann rückten die Truppen vor.", 9000.0, "soldier"),
    ])
    func oneManIsAPerson(text: String, value: Double, unit: String) {
        #expect(Self.quantities(text, "de").contains { $0.value == value && $0.unit == unit })
    }

    /// Where nouns are capitalised, a lower-case word after a counted noun is the clause's verb, not the noun a participle
    /// qualifies (`Vier Opfer kämpfen` counts no fighters).
    @Test(arguments: [
        "Vier Opfer kämpfen im Krankenhaus um ihr Leben.",
        "Vier Verletzte kämpfen um ihr Leben.",
    ])
    func lowerCaseVerbIsNoCountedNoun(text: String) {
        let found = Self.quantities(text, "de")
        #expect(found.contains { $0.value == 4 && $0.unit == "person" })
    }

    /// The word for one counts a casualty named by a compound of a counted noun (`Ein Autofahrer`), whose harm German puts at
    /// the end of a long clause.
    @Test(arguments: [
        "Ein Autofahrer wurde nach Angaben der Polizei leicht verletzt.",
        "Ein zehnjähriges Mädchen ist am Montagmorgen bei einem Unfall getötet worden.",
    ])
    func casualtyOneOfACompoundNoun(text: String) {
        #expect(Self.quantities(text, "de").contains { $0.value == 1 })
    }

    /// A one that is no casualty stays out (`Ein Radfahrer fuhr nach Hause`).
    @Test func oneWithoutHarmStaysOut() {
        #expect(Self.quantities("Ein Radfahrer fuhr nach Hause.", "de").isEmpty)
    }

    /// A range of money whose low end is in the currency's subunit is one range of the currency.
    @Test(arguments: [
        ("Die Aufschläge reichten von 5 Cent bis 2,10 Euro je Artikel.", "de", 0.05, 2.1, "eur"),
        ("Der Preis lag zwischen 80 Cent und 1,20 Euro.", "de", 0.8, 1.2, "eur"),
        ("Overcharges ranged from 5 cents to €2.10 per item.", "en", 0.05, 2.1, "eur"),
        ("Fares ranged from 50 cents to $3.", "en", 0.5, 3.0, "usd"),
    ])
    func subunitRange(text: String, language: String, low: Double, high: Double, unit: String) {
        let found = Self.quantities(text, language)
        #expect(found.count == 1)
        #expect(found.first?.low == low && found.first?.high == high && found.first?.unit == unit)
        #expect(found.first?.qualifier == .range)
    }

    /// A change from a level in cents to one in the currency stays two figures (`stieg von 80 Cent auf 1,20 Euro`).
    @Test func levelChangeStaysTwoFigures() {
        #expect(Self.quantities("Der Preis stieg von 80 Cent auf 1,20 Euro.", "de").count == 2)
    }
}

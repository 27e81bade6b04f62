import ParallaxModel
import Testing
@testable import ParallaxClaims

/// Number forms of German and English found by probing with invented sentences (round 31, qforms32): every numerator
/// before every denominator (`drei Fünftel`, `five-sixths`), a fraction of a point or of a unit named right after it
/// (`half a percentage point`, `ein Achtel Liter`), units that hold only against the figure (`3pc`, `50l`), the Swiss
/// `Fr.`/`Rp.` after a figure, and `eineinhalb`/`anderthalb` before a multiplier. Sentences written for these tests.
enum NumberForms {
    static func quantities(_ language: String, _ sentence: String) -> [Quantity] {
        QuantityFinder(pack: LanguagePack.pack(for: language)).find(in: ClaimTokenizer.tokens(of: sentence)).map(\.quantity)
    }
}

/// Every numerator before every denominator is one share (`drei Fünftel`, `five-sixths`); ordinals and timings are none.
@Suite struct NumeratorDenominatorFractionTests {
    @Test(arguments: [
        ("de", "Drei Fünftel der Mitglieder stimmten zu.", 60.0),
        ("de", "Mit zwei Dritteln der Stimmen wurde der Antrag angenommen.", 66.7),
        ("de", "Fünf Achtel der Kosten trägt der Bund.", 62.5),
        ("de", "Ein Sechstel der Wohnungen steht leer.", 16.7),
        ("de", "Vier Siebtel des Geldes flossen in Schulen.", 57.1),
        ("en", "Five-sixths of the budget went on salaries.", 83.3),
        ("en", "Two-sevenths of the land was flooded.", 28.6),
        ("en", "One sixth of homes stand empty.", 16.7),
        ("en", "Four ninths of the seats changed hands.", 44.4),
        ("en", "Two - sevenths of the staff left.", 28.6),
    ])
    func numeratorAndDenominatorAreOneShare(_ language: String, _ sentence: String, _ share: Double) {
        let found = NumberForms.quantities(language, sentence)
        #expect(found.map(\.value) == [share])
        #expect(found.first?.unit == "percent")
    }

    @Test(arguments: [
        ("en", "He won a sixth term in office."),
        ("en", "Prices rose for an eighth consecutive month."),
        ("de", "Acht Hundertstel fehlten ihr zum Sieg."),
        ("de", "Er lag drei Zehntel hinter dem Sieger."),
        ("de", "Sie tranken zwei Viertel Wein."),
    ])
    func ordinalsAndTimingsAreNoNewShare(_ language: String, _ sentence: String) {
        #expect(!NumberForms.quantities(language, sentence).contains { $0.unit == "percent" })
    }
}

/// A fraction of a point or of a unit named right after it is one figure (`half a percentage point`, `ein Achtel Liter`).
@Suite struct FractionOfPointTests {
    @Test(arguments: [
        ("en", "Inflation rose by half a percentage point.", 0.5, "percentage point"),
        ("en", "Rates fell a quarter of a percentage point.", 0.25, "percentage point"),
        ("de", "Die Zinsen stiegen um einen halben Prozentpunkt.", 0.5, "percentage point"),
        ("de", "Die Zinsen sanken um drei Viertel Prozentpunkte.", 0.75, "percentage point"),
        ("de", "Ein Achtel Liter Wein kostet hier viel.", 0.125, "litre"),
        ("en", "The house stands a quarter mile from the river.", 0.25, "mile"),
    ])
    func aFractionOfAPointOrAUnitIsOneFigure(_ language: String, _ sentence: String, _ value: Double, _ unit: String) {
        let found = NumberForms.quantities(language, sentence)
        #expect(found.count == 1)
        #expect(found.first?.value == value)
        #expect(found.first?.unit == unit)
    }
}

/// Abbreviations that are a unit only against the figure (`3pc`, `50l`; `glued-units.txt`).
@Suite struct GluedUnitTests {
    @Test(arguments: [
        ("en", "Prices rose 3pc last year.", 3.0, "percent"),
        ("en", "Inflation hit 10.1pc in October.", 10.1, "percent"),
        ("en", "Margins fell 2.5pc.", 2.5, "percent"),
        ("de", "Der Tank fasst 50l Benzin.", 50.0, "litre"),
        ("en", "He drank 1.5l of water.", 1.5, "litre"),
    ])
    func aGluedAbbreviationIsAUnit(_ language: String, _ sentence: String, _ value: Double, _ unit: String) {
        let found = NumberForms.quantities(language, sentence)
        #expect(found.map(\.value) == [value])
        #expect(found.first?.unit == unit)
    }

    @Test(arguments: ["The town has 40 PCs in its library.", "The lab bought 3 PC monitors."])
    func theAbbreviationApartIsNoUnit(_ sentence: String) {
        #expect(!NumberForms.quantities("en", sentence).contains { $0.unit == "percent" })
    }
}

/// `Fr.`, `sFr.` and `Rp.` after a figure are francs and Rappen; Friday before a date is none.
@Suite struct SwissCurrencyAbbreviationTests {
    @Test(arguments: [
        ("Die Kosten liegen bei 12 Mio. Fr.", 12_000_000.0),
        ("Das Menü kostet 25.50 Fr. pro Person.", 25.5),
        ("Ein Brötchen kostet 80 Rp. mehr als früher.", 0.8),
        ("Das Los kostet 50 Rp.", 0.5),
        ("Die Fahrt kostet 12 sFr.", 12.0),
    ])
    func swissAbbreviationsAfterAFigureAreFrancs(_ sentence: String, _ value: Double) {
        let found = NumberForms.quantities("de", sentence)
        #expect(found.map(\.value) == [value])
        #expect(found.first?.unit == "chf")
    }

    @Test(arguments: ["Am Fr. 12. Mai ist geschlossen.", "Er blieb bis Fr. Abend."])
    func fridayIsNoCurrency(_ sentence: String) {
        #expect(!NumberForms.quantities("de", sentence).contains { $0.unit == "chf" })
    }
}

/// `eineinhalb` and `anderthalb` before a multiplier are one and a half of it.
@Suite struct OneAndAHalfTests {
    @Test(arguments: [
        "Anderthalb Millionen Menschen sind betroffen.", "Eineinhalb Millionen Menschen sind betroffen.",
        "Fast anderthalb Millionen Menschen sind betroffen.",
    ])
    func oneAndAHalfMultiplies(_ sentence: String) {
        #expect(NumberForms.quantities("de", sentence).map(\.value) == [1_500_000])
    }
}

/// A short group of digits before a long one, a space apart, is a telephone number, no quantity; thousands grouped by a
/// space (`20 000`) still count.
@Suite struct TelephoneNumberTests {
    @Test(arguments: [
        ("en", "She can be reached on 555 1234."),
        ("en", "Call 020 7946 0018 for tickets."),
        ("de", "Sie ist unter 0171 2345678 erreichbar."),
        ("de", "Die Hotline 0800 1234567 ist kostenlos."),
        ("en", "Call the office on 01632 960123."),
    ])
    func aTelephoneNumberIsNoQuantity(_ language: String, _ sentence: String) {
        #expect(NumberForms.quantities(language, sentence).isEmpty)
    }

    @Test(arguments: [("Es kamen 20 000 Besucher.", 20_000.0), ("Es kamen 250 000 Besucher.", 250_000.0)])
    func spacedThousandsStillCount(_ sentence: String, _ value: Double) {
        #expect(NumberForms.quantities("de", sentence).map(\.value) == [value])
    }
}

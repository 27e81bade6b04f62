import ParallaxModel
import Testing
@testable import ParallaxClaims

/// Round 32 (quantity32): the closed classes of bounds and shares German and English write around a figure — a bound after
/// the figure and its unit (`oder mehr`, `or fewer`, `and over`), the distributive ordinals (`jeder siebte`, `every third`),
/// and the units of measurement that a figure with a counted noun of its own never takes from another figure. Sentences
/// written for these tests.
enum QuantityBounds {
    static func quantities(_ language: String, _ sentence: String) -> [Quantity] {
        QuantityFinder(pack: LanguagePack.pack(for: language)).find(in: ClaimTokenizer.tokens(of: sentence)).map(\.quantity)
    }
}

/// A bound after the figure (`60 Millionen Euro oder mehr`, `aged 65 and over`, `ten or fewer`) qualifies it.
@Suite struct TrailingQualifierTests {
    @Test(arguments: [
        ("de", "Die Reederei beziffert den Schaden auf 40 Millionen Euro oder mehr.", 40_000_000.0, Quantity.Qualifier.atLeast),
        ("de", "Versammlungen von 50 Personen und mehr bleiben verboten.", 50, .atLeast),
        ("de", "Geimpft werden zuerst Menschen von 70 Jahren und älter.", 70, .atLeast),
        ("de", "Erlaubt sind Treffen von acht Personen oder weniger.", 8, .upTo),
        ("en", "The insurer puts the bill at $30 million or more.", 30_000_000, .atLeast),
        ("en", "The levy applies to incomes of €100,000 and over.", 100_000, .atLeast),
        ("en", "Only groups of six people or fewer may meet.", 6, .upTo),
        ("en", "Temperatures of 35 degrees and above are forecast.", 35, .atLeast),
    ])
    func aBoundAfterTheFigureQualifiesIt(_ language: String, _ sentence: String, _ value: Double, _ qualifier: Quantity.Qualifier) {
        let found = QuantityBounds.quantities(language, sentence).first { $0.value == value }
        #expect(found?.qualifier == qualifier)
    }

    /// Between the figure and its noun the bound leaves the noun counted (`300 oder mehr Demonstranten`).
    @Test(arguments: [
        ("de", "Die Polizei zählte 300 oder mehr Demonstranten.", 300.0, "person"),
        ("en", "Police counted 2,000 or more protesters.", 2_000, "person"),
    ])
    func aBoundBeforeTheNounKeepsTheNoun(_ language: String, _ sentence: String, _ value: Double, _ unit: String) {
        let found = QuantityBounds.quantities(language, sentence).first { $0.value == value }
        #expect(found?.qualifier == .atLeast)
        #expect(found?.unit == unit)
    }

    /// Before a number or a comparison, or (`und mehr`) before a noun, the words open the next phrase.
    @Test(arguments: [
        ("de", "Drei Menschen starben und mehr als 40 wurden verletzt.", 3.0),
        ("de", "Zwei Menschen starben und über 200 wurden verletzt.", 2),
        ("de", "Es kamen 400 Besucher und mehr Polizisten als erwartet.", 400),
        ("en", "Four people died and more than 60 were hurt.", 4),
        ("en", "Five people died and over 100 were hurt.", 5),
    ])
    func noBoundBeforeAnotherPhrase(_ language: String, _ sentence: String, _ value: Double) {
        let found = QuantityBounds.quantities(language, sentence).first { $0.value == value }
        #expect(found?.qualifier == .exact)
    }
}

/// `jeder`/`jede`/`jedes` and `every` before an ordinal state a share; before a unit of time, a frequency.
@Suite struct DistributiveOrdinalTests {
    @Test(arguments: [
        ("de", "Fast jeder siebte Befragte lehnte das Projekt ab.", 14.3, Quantity.Qualifier.about),
        ("de", "Jede achte Schule hat keine Turnhalle.", 12.5, .exact),
        ("de", "Etwa jedes neunte Kind kann nicht schwimmen.", 11.1, .about),
        ("en", "Every third voter stayed at home.", 33.3, .exact),
        ("en", "Nearly every seventh flat stands empty.", 14.3, .about),
    ])
    func aDistributiveOrdinalIsAShare(_ language: String, _ sentence: String, _ share: Double, _ qualifier: Quantity.Qualifier) {
        let found = QuantityBounds.quantities(language, sentence)
        #expect(found.map(\.value) == [share])
        #expect(found.first?.unit == "percent")
        #expect(found.first?.qualifier == qualifier)
    }

    @Test(arguments: [
        ("en", "The ferry sails every second day."),
        ("en", "The council meets every third week."),
        ("de", "Jedes dritte Jahr wird der Rat neu gewählt."),
    ])
    func beforeAUnitOfTimeItIsAFrequency(_ language: String, _ sentence: String) {
        #expect(!QuantityBounds.quantities(language, sentence).contains { $0.unit == "percent" })
    }
}

/// A figure with a counted noun of its own takes no unit of measurement, currency or share from another figure
/// (`darunter 140 Regionalzüge` after `1,8 Kilometer`); a part without a noun still takes the count's unit.
@Suite struct OwnNounUnitCarryTests {
    static func claims(_ language: String, _ paragraphs: [[String]]) -> [Claim] {
        let article = FixtureArticle.make(paragraphs: paragraphs, language: language, published: "2026-06-08")
        return ClaimExtractor().extract(from: article).filter { $0.kind == .quantity }
    }

    @Test(arguments: [
        ("de", "Kabeldiebe legen Bahn lahm", ["Diebe schnitten rund 2,4 Kilometer Kabel heraus.", "Mehr als 300 Züge fielen aus, darunter 120 Nahverkehrszüge."], 120.0),
        ("de", "Sonde meldet sich", ["Nach einem ersten Signal von zwölf Sekunden folgten drei weitere Kontakte."], 3),
    ])
    func aNounOfItsOwnTakesNoMeasurement(_ language: String, _ headline: String, _ body: [String], _ value: Double) {
        let claim = Self.claims(language, [[headline], body]).first { $0.quantity?.value == value }
        #expect(claim != nil)
        #expect(claim?.quantity?.unit == nil)
    }

    /// `auf`/`to` before a bare figure takes the noun of its clause (`stieg die Zahl der Toten auf fünf`); a figure with a
    /// noun of its own keeps it (`für zehn Tage auf vier Stadien`).
    @Test(arguments: [
        ("Das Turnier wurde für zehn Tage auf vier Stadien verteilt.", 4.0, String?.none),
        ("Nach dem Beben stieg die Zahl der Toten am Abend auf fünf.", 5, "person"),
    ])
    func aTargetFigureWithANounOfItsOwnKeepsIt(_ sentence: String, _ value: Double, _ unit: String?) {
        let found = QuantityBounds.quantities("de", sentence).first { $0.value == value }
        #expect(found != nil)
        #expect(found?.unit == unit)
    }

    @Test func aPartWithoutANounKeepsTheCount() {
        let claims = Self.claims("de", [["Unfall auf der A3"], ["Bei dem Unfall wurden 38 Menschen verletzt, darunter zwölf schwer."]])
        #expect(claims.first { $0.quantity?.value == 12 }?.quantity?.unit == "person")
    }
}

import ParallaxModel
import Testing

@testable import ParallaxClaims

/// Vote shares, turnout, parts of a whole ("68 der 150 Sitze") and "gut" as "more than". Sentences invented.
@Suite struct ElectionFigureTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var language: String
        var sentence: String
        var value: Double
        var unit: String?
        var measure: String?
        var qualifier: Quantity.Qualifier = .exact
        var testDescription: String { sentence }
    }

    @Test(arguments: [
        Case(language: "de", sentence: "Die Volkspartei kam auf 38,5 Prozent der Stimmen.", value: 38.5, unit: "percent", measure: "won"),
        Case(language: "de", sentence: "Auf die Liste Grün entfielen 12,1 Prozent.", value: 12.1, unit: "percent", measure: "won"),
        Case(
            language: "de", sentence: "Gut 61 Prozent der Wahlberechtigten gaben ihre Stimme ab.", value: 61, unit: "percent",
            measure: "turnout", qualifier: .moreThan),
        Case(language: "en", sentence: "The Farmers' Union won 27.4% of the vote.", value: 27.4, unit: "percent", measure: "won"),
        Case(language: "en", sentence: "Some 58% of registered voters took part.", value: 58, unit: "percent", measure: "turnout", qualifier: .about),
        Case(language: "de", sentence: "Im neuen Landtag stellt die Volkspartei 52 der 120 Abgeordneten.", value: 52, unit: "seat", measure: nil),
        Case(language: "de", sentence: "Die Partei gewann 44 von 101 Mandaten.", value: 44, unit: "seat", measure: "won"),
        Case(language: "en", sentence: "Observers visited 14 of the country's roughly 2,300 polling stations.", value: 14, unit: "polling station", measure: nil),
        Case(language: "en", sentence: "The party took 61 out of 150 seats.", value: 61, unit: "seat", measure: "won"),
    ])
    func readsTheFigure(_ example: Case) throws {
        let article = FixtureArticle.make(paragraphs: [["Wahl"], [example.sentence]], language: example.language, published: nil)
        let claims = ClaimExtractor().extract(from: article).filter { $0.kind == .quantity }
        let claim = try #require(claims.first { $0.quantity?.value == example.value }, "\(claims.map(\.text))")
        #expect(claim.quantity?.unit == example.unit)
        #expect(claim.quantity?.qualifier == example.qualifier)
        if let measure = example.measure { #expect(claim.measure == measure) }
    }

    @Test func aPartPrepositionWithoutAWholeGivesNoUnit() {
        let article = FixtureArticle.make(
            paragraphs: [["Wahl"], ["Die Sitzung dauerte 3 der geplanten Stunden nicht."]], language: "de", published: nil)
        let claim = ClaimExtractor().extract(from: article).first { $0.quantity?.value == 3 }
        #expect(claim?.quantity?.unit == nil)
    }
}

/// Dates without a year and dates of later sentences. Sentences invented.
@Suite struct UndatedDayTests {
    @Test func aDayAfterThePublicationMonthIsAPlanThisYear() throws {
        let article = FixtureArticle.make(
            paragraphs: [["Wahl"], ["Die Wahlbeteiligung lag bei 58,9 Prozent. Die Regierung soll bis zum 15. November stehen."]],
            language: "de", published: "2026-10-12T09:00:00+02:00")
        let claim = try #require(ClaimExtractor().extract(from: article).first { $0.quantity?.value == 58.9 })
        #expect(claim.time?.start != "2025-11-15" && claim.time?.start != "2026-11-15", "a plan does not date the figure")
    }

    @Test(arguments: [("2026-02-10", "Dezember", "2025-12"), ("2026-10-12", "November", "2026-11"), ("2026-03-01", "Januar", "2026-01")])
    func monthWithoutYearTakesTheNearestYear(published: String, month: String, expected: String) throws {
        let article = FixtureArticle.make(
            paragraphs: [["Titel"], ["Am 5. \(month) wurden 40 Menschen verletzt."]], language: "de", published: published)
        let claim = try #require(ClaimExtractor().extract(from: article).first { $0.quantity?.value == 40 })
        #expect(claim.time?.start?.hasPrefix(expected) == true, "\(claim.time?.start ?? "nil")")
    }
}

/// Number words from three up count with any noun; "zwei" and "one" only with a known unit.
@Suite struct NumberWordClaimTests {
    @Test(arguments: [
        ("de", "Wegen der Masern bleiben drei Grundschulen vorerst geschlossen.", 3.0, true),
        ("en", "Officials closed three primary schools on Monday.", 3, true),
        ("de", "Die Zahlung erfolgte in drei Tranchen.", 3, true),
        ("de", "Einer der beiden Sprecher äußerte sich nicht.", 1, false),
    ])
    func numberWordBeforeANoun(language: String, sentence: String, value: Double, isClaim: Bool) {
        let article = FixtureArticle.make(paragraphs: [["Titel"], [sentence]], language: language, published: nil)
        let claims = ClaimExtractor().extract(from: article).filter { $0.quantity?.value == value }
        #expect(claims.isEmpty != isClaim, "\(claims.map(\.text))")
    }
}

/// Measures named by a verb and its later particle, and burned areas. Sentences invented.
@Suite struct SeparableMeasureTests {
    @Test(arguments: [
        ("de", "Die Partei kam am Sonntag nach dem vorläufigen Ergebnis auf 31,5 Prozent.", 31.5, "won"),
        // An election named in the sentence: `won` is an election's measure only (round 28).
        ("de", "Die Liberalen scheiterten bei der Wahl mit 4,1 Prozent an der Hürde.", 4.1, "won"),
        ("de", "Am Morgen standen etwa 900 Hektar Wald in Flammen.", 900, "burned"),
        ("en", "The blaze was contained after burning nearly 9,000 acres.", 9000, "burned"),
    ])
    func measure(language: String, sentence: String, value: Double, measure: String) throws {
        let article = FixtureArticle.make(paragraphs: [["Titel"], [sentence]], language: language, published: nil)
        let claim = try #require(ClaimExtractor().extract(from: article).first { $0.quantity?.value == value })
        #expect(claim.measure == measure)
    }
}

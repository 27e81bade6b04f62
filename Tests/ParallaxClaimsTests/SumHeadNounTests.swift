import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A sum that no word next to it measures takes the head noun of money of its clause (round 18): the noun of cost, damage,
/// loss or price before it in the clause (German compounds by their last part), or right after it. Sentences written for these
/// tests from general knowledge of both languages.
@Suite struct SumHeadNounTests {
    static let cases: [ClaimCase] = [
        .init(language: "de", sentence: "Die Reparaturkosten schätzt die Stadt auf rund 4 Millionen Euro.", value: 4_000_000, unit: "eur",
              measure: "cost"),
        .init(language: "de", sentence: "Den Bauern drohen Verluste von bis zu 12 Millionen Euro.", value: 12_000_000, unit: "eur",
              measure: "cost"),
        .init(language: "de", sentence: "Die Sachschäden an Straßen und Brücken beziffert das Land mit 30 Millionen Euro.",
              value: 30_000_000, unit: "eur", measure: "cost"),
        .init(language: "en", sentence: "The council estimated the cost at up to £8 million.", value: 8_000_000, unit: "gbp",
              measure: "cost"),
        .init(language: "en", sentence: "Insured losses from the floods could reach $900 million, a broker said.", value: 900_000_000,
              unit: "usd", measure: "cost"),
        .init(language: "en", sentence: "Officials put damage to homes, roads and bridges at $45 million.", value: 45_000_000,
              unit: "usd", measure: "cost"),
        // A noun of payment before `von` and an adverb (`MeasureFinder+NominalMeasure.swift`).
        .init(language: "de", sentence: "Ob die Dividende von zuletzt 210 Millionen Pfund zu halten ist, blieb offen.", value: 210_000_000,
              unit: "gbp", measure: "paid"),
        // No such noun in the clause: no measure.
        .init(language: "en", sentence: "The company reported earnings of $45 million.", value: 45_000_000, unit: "usd", measure: nil),
    ]

    @Test(arguments: cases) func measures(_ expected: ClaimCase) throws {
        let claim = try expected.claim(alsoMatching: [\.low], headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.quantity?.unit == expected.unit)
        #expect(claim.measure == expected.measure)
    }

    /// A noun of money before another sum is that sum's head; a count between does not stop the look-back.
    @Test func nounBeforeAnotherSumIsThatSumsHead() throws {
        let article = FixtureArticle.make(
            paragraphs: [["Meldung"], ["Die Kosten für 40 Schüler beliefen sich auf 300 Euro."],
                         ["Der Kaufpreis lag bei 90.000 Euro, der Jahresgewinn in den USA bei 8.000 Dollar."]],
            language: "de", published: "2026-06-08")
        let claims = ClaimExtractor().extract(from: article)
        #expect(claims.first { $0.quantity?.value == 300 }?.measure == "cost")
        #expect(claims.first { $0.quantity?.value == 90_000 }?.measure == "cost")
        #expect(claims.first { $0.quantity?.value == 8_000 }?.measure == nil)
    }
}

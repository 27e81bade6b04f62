import Testing
import ParallaxModel
@testable import ParallaxClaims

/// The level a rise or fall reaches is no change, but it is the new total of what rose or fell: the subject of the verb of
/// change names its measure (`MeasureFinder+ReachedLevel.swift`, round 19). Sums, shares and readings at a level stay
/// unmeasured. Sentences written for these tests from general knowledge of both languages.
@Suite struct ReachedLevelMeasureTests {
    static let cases: [ClaimCase] = [
        // A relative clause of the subject says what the counted people underwent.
        .init(language: "de", sentence: "Die Zahl der Menschen, die nach der Hochzeitsfeier erkrankt sind, ist bis Sonntag auf 87 gestiegen.",
              value: 87, unit: "person", measure: "infected"),
        .init(language: "en", sentence: "The number of guests who fell ill after the wedding has risen to 87, officials said.",
              value: 87, unit: "person", measure: "infected"),
        // A noun of measure as the subject, also after an inverted verb.
        .init(language: "de", sentence: "Bis zum Abend stieg die Zahl der Festnahmen auf 56.", value: 56, unit: nil, measure: "arrested"),
        .init(language: "de", sentence: "Der Verkauf von Brennholz stieg im Winter um vier Prozent auf 2,3 Millionen Tonnen.",
              value: 2_300_000, unit: "tonne", measure: "sold"),
        // The change itself keeps its measure.
        .init(language: "de", sentence: "Der Verkauf von Brennholz stieg im Winter um vier Prozent auf 2,3 Millionen Tonnen.",
              value: 4, unit: "percent", measure: "increase"),
        // A sum, a share and a reading at a level stay unmeasured.
        .init(language: "de", sentence: "Der Umsatz des Verlags stieg um drei Prozent auf 48 Millionen Euro.", value: 48_000_000,
              unit: "eur", measure: nil),
        .init(language: "en", sentence: "The share of renters rose from 31 to 36 percent.", value: 36, unit: "percent", measure: nil),
        .init(language: "en", sentence: "The river climbed to 6.2 metres at the gauge on Tuesday.", value: 6.2, unit: "metre", measure: nil),
        // No measure word but the change: no measure.
        .init(language: "en", sentence: "The number of members rose to 4,100.", value: 4_100, unit: nil, measure: nil),
    ]

    @Test(arguments: cases) func measures(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.measure == expected.measure)
    }
}

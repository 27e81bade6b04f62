import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 25 (measure25): the price of a work — a sum after `für`/`for` next to a verb of building or repairing, a sum right
/// before an adjective of price, a sum joined to a noun of such a work — is its `cost` (`MeasureFinder+PricedWork.swift`,
/// `priced-works.txt`, `sum-nouns.txt`). Sentences written for these tests from general knowledge of both languages.
@Suite struct PricedWorkMeasureTests {
    static let priced: [ClaimCase] = [
        .init(language: "de", sentence: "Die Sporthalle war 2016 für 14 Millionen Euro gebaut worden.", value: 14_000_000, unit: "eur",
              measure: "cost"),
        .init(language: "de", sentence: "Der Bahnhof wurde für rund 9 Millionen Euro modernisiert.", value: 9_000_000, unit: "eur",
              measure: "cost"),
        .init(language: "de", sentence: "Der Kreistag hat das 40 Millionen Euro teure Klärwerk genehmigt.", value: 40_000_000,
              unit: "eur", measure: "cost"),
        .init(language: "de", sentence: "Die Gutachter rieten zu einer Verstärkung für 600.000 Euro.", value: 600_000, unit: "eur",
              measure: "cost"),
        .init(language: "en", sentence: "The pier was rebuilt in 2012 for €6 million.", value: 6_000_000, unit: "eur", measure: "cost"),
        .init(language: "en", sentence: "Inspectors advised strengthening the dam for about €3 million.", value: 3_000_000, unit: "eur",
              measure: "cost"),
        .init(language: "en", sentence: "Engineers proposed a €2 million reinforcement of the sea wall.", value: 2_000_000, unit: "eur",
              measure: "cost"),
    ]

    /// Sums and counts the rule must leave alone: a sale keeps its verb, a count of things built is no price, a capacity stays
    /// a size.
    static let notPriced: [ClaimCase] = [
        .init(language: "de", sentence: "Die Stadt verkaufte die sanierte Villa für 800.000 Euro.", value: 800_000, unit: "eur",
              measure: "sold"),
        .init(language: "de", sentence: "Im Neubaugebiet wurden 120 Häuser gebaut.", value: 120, unit: "house", measure: nil),
        .init(language: "en", sentence: "The firm sold the renovated hall for €3 million.", value: 3_000_000, unit: "eur", measure: "sold"),
        .init(language: "en", sentence: "The arena, built for 18,000 spectators, opened in May.", value: 18_000, unit: "person",
              measure: "size"),
    ]

    @Test(arguments: priced) func pricedWork(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.measure == expected.measure)
    }

    @Test(arguments: notPriced) func notAPrice(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.measure == expected.measure)
    }
}

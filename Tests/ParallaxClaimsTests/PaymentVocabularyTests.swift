import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Paying written out by category (`measures.txt`, `separable-measures.txt`): the infinitive that closes a clause after a
/// modal or `zu`, paying back and paying out; `Zahlen` (figures) is no payment (the bare `zahlen` is left out). Sentences written for these tests.
@Suite struct PaymentVocabularyTests {
    static let cases: [ClaimCase] = [
        .init(language: "de", sentence: "Der Versicherer muss den Kunden 2,4 Millionen Euro bezahlen.", value: 2_400_000, unit: "eur",
              measure: "paid"),
        .init(language: "de", sentence: "Die Stadt hatte jährlich 900.000 Euro Zinsen bezahlen müssen.", value: 900_000, unit: "eur",
              measure: "paid"),
        .init(language: "de", sentence: "Der Verein wurde aufgefordert, 40 Prozent der Fördergelder zurückzuzahlen.", value: 40,
              unit: "percent", measure: "paid"),
        .init(language: "de", sentence: "Die Genossenschaft schüttete 1,2 Millionen Euro an ihre Mitglieder aus.", value: 1_200_000,
              unit: "eur", measure: "paid"),
        .init(language: "en", sentence: "The carmaker agreed to pay $75 million to owners.", value: 75_000_000, unit: "usd", measure: "paid"),
        .init(language: "en", sentence: "The club repaid £3 million to the council.", value: 3_000_000, unit: "gbp", measure: "paid"),
        // `Zahlen` are figures.
        .init(language: "de", sentence: "Neue Zahlen zeigen 4,5 Prozent.", value: 4.5, unit: "percent", measure: nil),
    ]

    @Test(arguments: cases) func measures(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.measure == expected.measure)
    }
}

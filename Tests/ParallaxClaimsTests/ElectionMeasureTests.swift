import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 28 (measure28): `won` and `turnout` are the measures of an election's result (`election-measures.txt`, `measure`
/// rows): in an article about no election no word names them, in either language; an article about an election keeps them.
/// Sentences written for these tests from general knowledge of both languages.
@Suite struct ElectionMeasureTests {
    static let noElection: [ClaimCase] = [
        .init(language: "de", sentence: "Rund 4.000 Kunden erhielten am Montag eine Mail, sie hätten einen Preis gewonnen.",
              value: 4000, unit: "person", measure: nil),
        .init(language: "de", sentence: "Der Verein erhielt 2019 rund 80.000 Euro aus dem Nachlass.", value: 80_000, unit: "eur",
              measure: nil),
        .init(language: "en", sentence: "The bank wrongly told 6,200 customers they had won a car.", value: 6200, unit: "person",
              measure: nil),
        .init(language: "en", sentence: "The helpline took more than 9,000 calls on Sunday.", value: 9000, unit: "phone call", measure: nil),
        .init(language: "en", sentence: "Organisers put the turnout at 15,000 people.", value: 15_000, unit: "person",
              measure: nil),
    ]

    static let election: [ClaimCase] = [
        .init(language: "de", sentence: "Bei der Landtagswahl gewann die Partei 38,5 Prozent der Stimmen.", value: 38.5,
              unit: "percent", measure: "won"),
        .init(language: "en", sentence: "In Sunday's election the Green Party won 22.4% of the vote.", value: 22.4, unit: "percent",
              measure: "won"),
        .init(language: "en", sentence: "Turnout in the referendum was 58.3%, the electoral commission said.", value: 58.3,
              unit: "percent", measure: "turnout"),
    ]

    @Test(arguments: noElection) func noElectionNoWin(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.measure == expected.measure)
    }

    @Test(arguments: election) func electionKeepsWin(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.measure == expected.measure)
    }
}

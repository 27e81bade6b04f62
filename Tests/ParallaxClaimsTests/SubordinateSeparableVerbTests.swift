import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A separable verb of measure in a subordinate clause stands joined at the clause's end (`zurückging`, `einbrach`,
/// `festnahm`; `measures.txt`, round 20), and a verb whose capitalised homograph is a noun (`Räumen` rooms, `Arbeiten` works,
/// `Zahlen` figures; third field `lower`) names nothing written with a capital. Sentences written for these tests.
@Suite struct SubordinateSeparableVerbTests {
    static let cases: [ClaimCase] = [
        .init(language: "de", sentence: "Die Aktie fiel, weil der Umsatz um zwölf Prozent zurückging.", value: 12, unit: "percent",
              measure: "decrease"),
        .init(language: "de", sentence: "Der Händler warnte, nachdem der Absatz um 9 Prozent einbrach.", value: 9, unit: "percent",
              measure: "decrease"),
        .init(language: "de", sentence: "Die Kammer meldete, dass die Zahl der Lehrlinge um 6 Prozent zunahm.", value: 6, unit: "percent",
              measure: "increase"),
        .init(language: "de", sentence: "Es war kurz nach Mitternacht, als die Polizei vier Männer festnahm.", value: 4, unit: "person",
              measure: "arrested"),
        .init(language: "de", sentence: "Das Museum zeigt in 14 Räumen alte Karten.", value: 14, unit: nil, measure: nil),
    ]

    @Test(arguments: cases) func measures(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: "Meldung")
        #expect(claim.measure == expected.measure)
    }
}

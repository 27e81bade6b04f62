import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Counted subjects joined by `und`/`sowie`/`and` share their verb (round 35, measure35), also when the first one's noun is no
/// unit and the later conjunct pushes the verb past the short reach of such a figure. Sentences written for these tests from
/// general knowledge of both languages.
@Suite struct JoinedSubjectMeasureTests {
    static let cases: [ClaimCase] = [
        .init(language: "de", sentence: "Auch Hunderte Dächer und mehr als 2.000 Autos wurden beschädigt.", value: 200, unit: nil,
              measure: "damaged"),
        .init(language: "de", sentence: "Mehr als 300 Dächer und 50 Autos wurden beschädigt.", value: 300, unit: nil, measure: "damaged"),
        .init(language: "de", sentence: "Rund 40 Stege sowie zwölf Boote wurden zerstört.", value: 40, unit: nil, measure: "destroyed"),
        .init(language: "en", sentence: "More than 300 roofs and 50 cars were damaged.", value: 300, unit: nil, measure: "damaged"),
        .init(language: "en", sentence: "Hundreds of roofs and more than 2,000 cars were damaged.", value: 200, unit: nil,
              measure: "damaged"),
    ]

    @Test(arguments: cases) func sharesVerb(_ expected: ClaimCase) throws {
        let claim = try expected.claim(alsoMatching: [\.low], headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.measure == expected.measure)
    }

    /// Without a later figure the short reach stays: a bare number does not take a far verb.
    @Test func bareFigureKeepsShortReach() throws {
        let claim = try ClaimCase(language: "de", sentence: "Mehr als 300 Dächer in der Altstadt des Ortes wurden am Abend beschädigt.",
                                  value: 300, unit: nil, measure: nil).claim(headline: "Meldung")
        #expect(claim.measure == nil)
    }
}

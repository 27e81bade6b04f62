import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A noun of a state names what the people it counts are (`Tote`: killed), not what happened in the clause, so a list of such
/// counts does not pass the first noun's state to the next noun (round 24): the trapped after the dead are not dead. A figure
/// without a noun of its own still continues it. Sentences written for these tests.
@Suite struct StateNounListTests {
    static let cases: [ClaimCase] = [
        .init(language: "de", sentence: "Stolleneinsturz in Brakwitz: Drei Tote, 17 Eingeschlossene", value: 17, unit: "person",
              measure: nil),
        .init(language: "de", sentence: "Nach dem Erdrutsch meldet die Feuerwehr zwei Tote und fünf Verschüttete.", value: 5,
              unit: "person", measure: nil),
        // The first figure keeps its noun's state.
        .init(language: "de", sentence: "Stolleneinsturz in Brakwitz: Drei Tote, 17 Eingeschlossene", value: 3, unit: "person",
              measure: "killed"),
    ]

    @Test(arguments: cases) func measures(_ expected: ClaimCase) throws {
        let claim = try expected.claim(alsoMatching: [\.low], headline: "Meldung")
        #expect(claim.quantity?.unit == expected.unit)
        #expect(claim.measure == expected.measure)
    }
}

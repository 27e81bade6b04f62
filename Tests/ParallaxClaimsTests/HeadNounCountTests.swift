import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A noun of measure that governs a count through `von`/`of` names it, whatever the clause's verb says about the noun (round
/// 18): the bodies recovered are a toll, not a rescue. Sentences written for these tests from general knowledge of both
/// languages.
@Suite struct HeadNounCountTests {
    static let cases: [ClaimCase] = [
        .init(language: "de", sentence: "Taucher haben die Leichen von weiteren sieben Passagieren geborgen.", value: 7,
              unit: "passenger", measure: "killed"),
        .init(language: "de", sentence: "Die Evakuierung von 800 Anwohnern dauerte bis in die Nacht.", value: 800, unit: "person",
              measure: "evacuated"),
        .init(language: "en", sentence: "Divers recovered the bodies of another nine passengers on Tuesday.", value: 9,
              unit: "passenger", measure: "killed"),
        .init(language: "en", sentence: "The evacuation of 600 residents began at dawn.", value: 600, unit: "person",
              measure: "evacuated"),
    ]

    @Test(arguments: cases) func measures(_ expected: ClaimCase) throws {
        let claim = try expected.claim(alsoMatching: [\.low], headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.quantity?.unit == expected.unit)
        #expect(claim.measure == expected.measure)
    }
}

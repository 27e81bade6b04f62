import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 24 (measure24): a count of workers right after a verb of having, or after a list of the firm's figures joined to it,
/// is the workforce (`MeasureFinder+HeldWorkforce.swift`); a verb of holding after a word of capacity names a capacity, a size
/// (`capacity-words.txt`, `infinitive`); a length right before a preposition of relative place is a distance
/// (`dimension-words.txt`). Sentences written for these tests from general knowledge of both languages.
@Suite struct HeldWorkforceCapacityAndPlaceTests {
    static let workforces: [ClaimCase] = [
        .init(language: "en", sentence: "The insurer, which has about 2,300 staff, reported a loss.", value: 2_300, unit: "worker",
              measure: "employed"),
        .init(language: "en", sentence: "The lender has 41 branches and about 870 employees.", value: 870, unit: "worker",
              measure: "employed"),
        .init(language: "de", sentence: "Die Reederei hat rund 900 Mitarbeiter.", value: 900, unit: "worker", measure: "employed"),
        .init(language: "de", sentence: "Die Sparkasse hat 41 Filialen und rund 870 Mitarbeiter.", value: 870, unit: "worker",
              measure: "employed"),
        // Workers the verb of having does not govern, or who strike, keep none.
        .init(language: "en", sentence: "Police have questioned 40 staff about the theft.", value: 40, unit: "worker", measure: nil),
        .init(language: "en", sentence: "About 40 staff had been questioned by Friday.", value: 40, unit: "worker", measure: nil),
        .init(language: "de", sentence: "Die Gewerkschaft hat rund 900 Mitarbeiter zum Warnstreik aufgerufen.", value: 900, unit: "worker",
              measure: nil),
    ]

    static let capacities: [ClaimCase] = [
        .init(language: "en", sentence: "The ferry is licensed to carry 320 passengers.", value: 320, unit: "person", measure: "size"),
        .init(language: "en", sentence: "The new hall was designed to accommodate up to 4,500 visitors.", value: 4_500, unit: "person",
              measure: "size"),
        // Carrying people somewhere is no capacity.
        .init(language: "en", sentence: "Fishing boats worked all night to carry 140 residents to safety.", value: 140, unit: "person",
              measure: "evacuated"),
    ]

    static let places: [ClaimCase] = [
        .init(language: "de", sentence: "Der Bus blieb etwa 600 Meter hinter der Kreuzung stehen.", value: 600, unit: "metre",
              measure: "distance"),
        .init(language: "de", sentence: "Das Feuer brach rund zwei Kilometer nach der Tunneleinfahrt aus.", value: 2, unit: "kilometre",
              measure: "distance"),
        .init(language: "en", sentence: "The barge ran aground about 200 metres short of the lock.", value: 200, unit: "metre",
              measure: "distance"),
        .init(language: "en", sentence: "The spill was found a kilometre downstream of the plant.", value: 1, unit: "kilometre",
              measure: "distance"),
        // A length of something keeps its size.
        .init(language: "de", sentence: "Die neue Brücke ist 340 Meter lang.", value: 340, unit: "metre", measure: "size"),
    ]

    @Test(arguments: workforces) func workforce(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.measure == expected.measure)
    }

    @Test(arguments: capacities) func capacity(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.measure == expected.measure)
    }

    @Test(arguments: places) func relativePlace(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.measure == expected.measure)
    }
}

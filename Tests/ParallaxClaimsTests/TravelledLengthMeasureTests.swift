import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 29 (measure29): a length that a verb of travelling governs — right before it, past its qualifier, or closing its clause
/// after it as German puts the participle and the infinitive — is how far something went, a `distance` (`dimension-words.txt`,
/// `travel` rows). Sentences written for these tests from general knowledge of both languages.
@Suite struct TravelledLengthMeasureTests {
    static let travelled: [ClaimCase] = [
        .init(language: "de", sentence: "Der Lastwagen fuhr noch etwa 30 Kilometer bis zur Grenze.", value: 30, unit: "kilometre",
              measure: "distance"),
        .init(language: "de", sentence: "Die Wanderer hatten an diesem Tag fast 25 Kilometer zurückgelegt.", value: 25,
              unit: "kilometre", measure: "distance"),
        .init(language: "de", sentence: "Viele Beschäftigte müssen täglich über 50 Kilometer zur Arbeit pendeln.", value: 50,
              unit: "kilometre", measure: "distance"),
        .init(language: "de", sentence: "Das Boot trieb in der Nacht rund 8 Kilometer aufs offene Meer.", value: 8,
              unit: "kilometre", measure: "distance"),
        .init(language: "de", sentence: "Am Nachmittag flog der Hubschrauber noch einmal 40 Kilometer weiter.", value: 40,
              unit: "kilometre", measure: "distance"),
        .init(language: "en", sentence: "The convoy travelled some 40 miles before dawn.", value: 40, unit: "mile",
              measure: "distance"),
        .init(language: "en", sentence: "The pilot flew about 15 kilometres across the lake.", value: 15, unit: "kilometre",
              measure: "distance"),
        .init(language: "en", sentence: "Volunteers walked another 20 km to reach the village.", value: 20, unit: "kilometre",
              measure: "distance"),
    ]

    /// Lengths the rule must leave alone: a word of size next to the length decides, a capitalised German noun of the verb is no
    /// verb, and a length with no verb of travelling keeps what it had.
    static let leftAlone: [ClaimCase] = [
        .init(language: "de", sentence: "Der Drachen flog bis zu 200 Meter hoch.", value: 200, unit: "metre", measure: "size"),
        .init(language: "de", sentence: "Die Brücke ist rund 300 Meter lang.", value: 300, unit: "metre", measure: "size"),
        .init(language: "en", sentence: "The new sea wall is about 400 metres long.", value: 400, unit: "metre", measure: "size"),
    ]

    /// Lengths that keep no measure: a German noun made of the verb (a race's legs) and a length with no verb of travelling.
    static let unmeasured: [ClaimCase] = [
        .init(language: "de", sentence: "Die Teilnehmer absolvieren 180 Kilometer Radfahren und 42 Kilometer Laufen.", value: 42,
              unit: "kilometre", measure: nil),
        .init(language: "de", sentence: "Der neue Tunnel spart den Autofahrern 12 Kilometer.", value: 12, unit: "kilometre",
              measure: nil),
    ]

    @Test(arguments: travelled) func travelledLength(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.measure == expected.measure)
    }

    @Test(arguments: leftAlone + unmeasured) func otherLength(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.measure == expected.measure)
    }
}

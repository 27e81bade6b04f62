import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 28 (measure28): the length of a way travelled — a route, a detour, a commute, with the way's noun right after the
/// length or before it joined by a linking verb or preposition — is a `distance` (`dimension-words.txt`, `way` and `way-link`
/// rows). Sentences written for these tests from general knowledge of both languages.
@Suite struct WayLengthMeasureTests {
    static let ways: [ClaimCase] = [
        .init(language: "de", sentence: "Die neue Umleitung ist etwa 22 Kilometer lang.", value: 22, unit: "kilometre",
              measure: "distance"),
        .init(language: "de", sentence: "Der Umweg beträgt knapp 40 Kilometer.", value: 40, unit: "kilometre",
              measure: "distance"),
        .init(language: "de", sentence: "Die Polizei richtete eine 12 Kilometer lange Umleitung ein.", value: 12, unit: "kilometre",
              measure: "distance"),
        .init(language: "de", sentence: "Der Schulweg von rund 3 Kilometern führt an der Bundesstraße entlang.", value: 3,
              unit: "kilometre", measure: "distance"),
        .init(language: "en", sentence: "Drivers face a detour of about 18 miles through the hills.", value: 18, unit: "mile",
              measure: "distance"),
        .init(language: "en", sentence: "The 6 km route leads from the harbour to the old town.", value: 6, unit: "kilometre",
              measure: "distance"),
        .init(language: "en", sentence: "The diversion is roughly 9 kilometres long.", value: 9, unit: "kilometre",
              measure: "distance"),
    ]

    /// Lengths the rule must leave alone: a thing's size (a bridge, a wall), a race's course, and a length with no way.
    static let notWays: [ClaimCase] = [
        .init(language: "de", sentence: "Die Brücke über den Fluss ist rund 300 Meter lang.", value: 300, unit: "metre",
              measure: "size"),
        .init(language: "de", sentence: "Die Rundfahrt ist insgesamt 900 Kilometer lang.", value: 900, unit: "kilometre",
              measure: "size"),
        .init(language: "en", sentence: "The new sea wall is about 400 metres long.", value: 400, unit: "metre", measure: "size"),
        .init(language: "en", sentence: "A storm surge of up to 3 metres hit the coast.", value: 3, unit: "metre", measure: "size"),
    ]

    @Test(arguments: ways) func wayLength(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.measure == expected.measure)
    }

    @Test(arguments: notWays) func leftAlone(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.measure == expected.measure)
    }
}

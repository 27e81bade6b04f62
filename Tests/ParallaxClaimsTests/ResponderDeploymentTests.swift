import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Responders counted with no verb of their own are deployed by their noun (round 18): police officers, investigators,
/// paramedics, divers and helicopters, like firefighters; a verb of the clause still wins, and the noun's measure passes to no
/// later figure with a noun of its own. Sentences written for these tests from general knowledge of both languages.
@Suite struct ResponderDeploymentTests {
    static let cases: [ClaimCase] = [
        .init(language: "de", sentence: "Hunderte Polizisten sperrten am Abend den Bahnhofsplatz ab.", value: 200, unit: "person",
              measure: "deployed"),
        .init(language: "de", sentence: "Am Morgen durchsuchten rund 60 Ermittler die Büros der Firma.", value: 60, unit: "person",
              measure: "deployed"),
        .init(language: "de", sentence: "Zwei Hubschrauber kreisten stundenlang über dem See.", value: 2, unit: "aircraft",
              measure: "deployed"),
        .init(language: "en", sentence: "More than 300 officers sealed off the stadium before the match.", value: 300, unit: "person",
              measure: "deployed"),
        .init(language: "en", sentence: "About 40 paramedics were at the scene within the hour.", value: 40, unit: "person",
              measure: "deployed"),
        // A verb of the clause wins over the noun's weak measure.
        .init(language: "de", sentence: "Bei den Krawallen wurden neun Polizisten verletzt.", value: 9, unit: "person", measure: "wounded"),
        .init(language: "en", sentence: "Six officers were injured during the clashes.", value: 6, unit: "person", measure: "wounded"),
        // The noun's measure stays with its own figure: the prisoners they guard are no deployment.
        .init(language: "en", sentence: "Only 25 officers were left to guard 480 prisoners overnight.", value: 480, unit: "person",
              measure: nil),
        .init(language: "de", sentence: "In der Nacht waren nur 25 Beamte für 480 Häftlinge zuständig.", value: 480, unit: "person",
              measure: nil),
    ]

    @Test(arguments: cases) func measures(_ expected: ClaimCase) throws {
        let claim = try expected.claim(alsoMatching: [\.low], headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.quantity?.unit == expected.unit)
        #expect(claim.measure == expected.measure)
    }
}

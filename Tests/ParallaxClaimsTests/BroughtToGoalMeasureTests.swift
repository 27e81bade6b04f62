import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 30 (measure30): a count that a verb of bringing or leading governs, with the place it is brought to after it in its
/// clause, is `evacuated` (out of a building, into the open) or `rescued` (ashore, out of the water) by that place
/// (`brought-goals.txt`); a count that does the bringing, or one brought nowhere out of danger, is not. Sentences written for
/// these tests from general knowledge of both languages.
@Suite struct BroughtToGoalMeasureTests {
    static let brought: [ClaimCase] = [
        .init(language: "de", sentence: "Die Feuerwehr führte etwa 80 Gäste nach draußen.", value: 80, unit: "person",
              measure: "evacuated"),
        .init(language: "de", sentence: "Fast 60 Kinder wurden aus dem Gebäude geführt.", value: 60, unit: "child",
              measure: "evacuated"),
        .init(language: "de", sentence: "Am Abend brachten Polizisten rund 500 Konzertbesucher ins Freie.", value: 500,
              unit: "person", measure: "evacuated"),
        .init(language: "de", sentence: "Helfer holten in der Nacht zwölf Menschen aus dem Wasser.", value: 12, unit: "person",
              measure: "rescued"),
        .init(language: "de", sentence: "Seenotretter brachten 45 Fischer ans Ufer.", value: 45, unit: "person", measure: "rescued"),
        .init(language: "en", sentence: "Staff escorted some 300 patients outside.", value: 300, unit: "patient",
              measure: "evacuated"),
        .init(language: "en", sentence: "About 90 workers were guided out of the mine.", value: 90, unit: "worker",
              measure: "evacuated"),
        .init(language: "en", sentence: "Lifeboat crews brought 45 fishermen to shore.", value: 45, unit: "person",
              measure: "rescued"),
        .init(language: "en", sentence: "Divers had brought 14 people out of the water by noon.", value: 14, unit: "person",
              measure: "rescued"),
    ]

    /// Counts the rule leaves alone: the count does the bringing, the place is no way out of danger, the verb has another
    /// sense with `out`.
    static let leftAlone: [ClaimCase] = [
        .init(language: "de", sentence: "Der Verein brachte 300 Mitglieder zusammen.", value: 300, unit: "person", measure: nil),
        .init(language: "de", sentence: "Die Reform brachte 2.000 neue Stellen.", value: 2000, unit: "job", measure: nil),
        .init(language: "en", sentence: "The new line brought 4,000 visitors to the town.", value: 4000, unit: "person",
              measure: nil),
        .init(language: "en", sentence: "Inspectors carried out 300 checks outside the plant.", value: 300, unit: "check",
              measure: nil),
    ]

    /// A count before an active verb of bringing is its doer: the firefighters were deployed, not evacuated.
    static let doers: [ClaimCase] = [
        .init(language: "de", sentence: "40 Feuerwehrleute brachten die Gäste ins Freie.", value: 40, unit: "firefighter",
              measure: "deployed"),
        .init(language: "en", sentence: "Forty firefighters led the guests out.", value: 40, unit: "firefighter",
              measure: "deployed"),
    ]

    @Test(arguments: brought) func broughtToSafety(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.measure == expected.measure)
        #expect(claim.quantity?.unit == expected.unit)
    }

    @Test(arguments: leftAlone + doers) func notBroughtToSafety(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.measure == expected.measure)
    }
}

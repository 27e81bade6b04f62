import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 7: measures and sources — elliptic figures continue the measure of the figure whose noun they take, a whole
/// that opens the sentence is a size, carrying cargo is no delivery, a crew in men is a size, the forms of disrupting
/// and `betreffen`, cancelled services and the level a rise reaches name no measure, a German compound body as the
/// speaker of a verb cue, a cue kept in a sentence-opening subordinate clause, the local press as a source. Sentences
/// written for these tests from general knowledge of both languages (no corpus sentence).
@Suite struct EllipticMeasureAndCueScopeTests {
    static let cases: [ClaimCase] = [
        // An elliptic figure continues the measure of the figure whose noun it takes (`folgten` is no measure).
        .init(language: "de", sentence: "Am Montag wurden 800 Menschen in Sicherheit gebracht, am Dienstag folgten weitere 300 aus dem Tal.",
              value: 300, unit: "person", measure: "evacuated"),
        // A whole that opens the sentence is a size; its parts take their own measure.
        .init(language: "de", sentence: "Von den 60 Sitzen entfallen 25 auf die Volkspartei.", value: 60, unit: "seat", measure: "size"),
        .init(language: "de", sentence: "Von den 60 Sitzen entfallen 25 auf die Volkspartei.", value: 25, unit: "seat", measure: "won"),
        .init(language: "en", sentence: "Of the 12 climbers, five were injured.", value: 12, unit: "person", measure: "size"),
        // Carrying cargo is no delivery.
        .init(language: "en", sentence: "The tanker transported about 50,000 tonnes of oil.", value: 50000, unit: "tonne"),
        // A crew counted in men is the crew's size.
        .init(language: "de", sentence: "Das Schiff mit 18 Mann Besatzung lief am Morgen aus.", value: 18, unit: "person", measure: "size"),
        // Disrupting and `betreffen` in all their forms.
        .init(language: "en", sentence: "The strike will disrupt the journeys of about 200,000 commuters.", value: 200_000,
              unit: "passenger", measure: "affected"),
        .init(language: "de", sentence: "Der Stromausfall betrifft rund 40.000 Haushalte.", value: 40000, unit: "household",
              measure: "affected"),
        // A compound naming a body is the speaker of a counting verb.
        .init(language: "de", sentence: "Das Ordnungsamt hat bis Freitag 57 Fälle gezählt.", value: 57, unit: "case",
              measure: "infected", source: "ordnungsamt"),
        // A cue in a sentence-opening subordinate clause speaks for that clause only.
        .init(language: "de", sentence: "Nachdem das Ordnungsamt im Mai 41 Fälle gezählt hatte, sind es inzwischen 63.", value: 41,
              unit: "case", measure: "infected", source: "ordnungsamt"),
        .init(language: "de", sentence: "Nachdem das Ordnungsamt im Mai 41 Fälle gezählt hatte, sind es inzwischen 63.", value: 63,
              unit: "case", measure: "infected"),
        // Cutting scheduled services cancels them, which names no measure; job cuts stay cuts.
        .init(language: "de", sentence: "Wegen des Sturms wurden mehr als 60 Flüge gestrichen.", value: 60, unit: "flight"),
        .init(language: "de", sentence: "Der Konzern hat 1.200 Stellen gestrichen.", value: 1200, unit: "job", measure: "cut"),
        // The level a rise or fall reaches is no change; the change keeps its measure.
        .init(language: "de", sentence: "Der Ölpreis stieg um 4 Prozent auf 88 Dollar.", value: 88, unit: "usd"),
        .init(language: "de", sentence: "Der Ölpreis stieg um 4 Prozent auf 88 Dollar.", value: 4, unit: "percent", measure: "increase"),
        .init(language: "en", sentence: "Shares fell 7% to €3.10.", value: 3.1, unit: "eur"),
        // More verbs of destroying.
        .init(language: "en", sentence: "The mudslide engulfed at least 20 houses.", value: 20, unit: "house", measure: "destroyed"),
        // The local press as a source.
        .init(language: "en", sentence: "Two people were arrested in Borin on Sunday, local media reported.", value: 2, unit: "person",
              measure: "arrested", source: "local media"),
    ]

    @Test(arguments: cases) func extracts(_ expected: ClaimCase) throws {
        let claim = try expected.claim()
        #expect(claim.quantity?.unit == expected.unit)
        #expect(claim.measure == expected.measure)
        #expect(claim.attribution?.source == expected.source)
    }

    /// A cue in a relative clause is not the speaker of the main clause's figures.
    @Test func compoundBodyInARelativeClauseSpeaksForNone() {
        let article = FixtureArticle.make(
            paragraphs: [["Titel"], ["Drei Grundschulen sind dicht, über tausend Kinder zu Hause – wegen eines Ausbruchs, den das Gesundheitsamt kaum erklären kann."]],
            language: "de", published: "2026-06-08")
        let claim = ClaimExtractor().extract(from: article).first { $0.quantity?.value == 3 }
        #expect(claim?.attribution?.source == nil)
    }
}

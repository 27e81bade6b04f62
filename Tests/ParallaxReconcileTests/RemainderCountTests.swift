import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// A count of what remains — a continuing state marked by a continuative particle or a verb of remaining ("werden
/// noch vermisst", "liegen weiterhin im Krankenhaus", "nach wie vor", "are still being treated", "remain missing")
/// — may fall as time passes, unlike a toll that only grows (round 33). A larger figure before such a remainder is an
/// earlier figure, not a conflict; earlier figures so set aside still contradict each other on their own day.
/// Invented sentences, German and English.
@Suite struct RemainderCountTests {
    struct CueCase: Sendable, CustomTestStringConvertible {
        var sentence: String
        var figure: String
        var language: String
        var remainder: Bool
        var testDescription: String { "\(sentence) → \(remainder)" }
    }

    @Test(arguments: [
        CueCase(
            sentence: "Drei Bergleute werden noch vermisst.", figure: "Drei Bergleute", language: "de", remainder: true),
        CueCase(
            sentence: "Zwei Verletzte liegen weiterhin im Krankenhaus, sagte die Klinik.", figure: "Zwei Verletzte",
            language: "de", remainder: true),
        CueCase(
            sentence: "Nach wie vor sind 40 Haushalte ohne Strom.", figure: "40 Haushalte", language: "de",
            remainder: true),
        CueCase(
            sentence: "Immer noch sitzen 120 Reisende fest.", figure: "120 Reisende", language: "de", remainder: true),
        CueCase(
            sentence: "Zwölf Menschen verbleiben in der Klinik.", figure: "Zwölf Menschen", language: "de",
            remainder: true),
        CueCase(
            sentence: "Three climbers are still missing.", figure: "Three climbers", language: "en", remainder: true),
        CueCase(sentence: "Two of them remain in hospital.", figure: "Two of them", language: "en", remainder: true),
        CueCase(
            sentence: "The remaining 15 passengers were taken off by boat.", figure: "15 passengers", language: "en",
            remainder: true),
        // Controls: a time, "more", a further batch, a cue in another clause.
        CueCase(
            sentence: "Noch am Abend wurden 40 Menschen in Sicherheit gebracht.", figure: "40 Menschen", language: "de",
            remainder: false),
        CueCase(
            sentence: "Es kamen 30 Helfer, noch mehr sollen folgen.", figure: "30 Helfer", language: "de",
            remainder: false),
        CueCase(sentence: "Drei weitere werden vermisst.", figure: "Drei weitere", language: "de", remainder: false),
        CueCase(
            sentence: "Still, 40 homes were evacuated as a precaution.", figure: "40 homes", language: "en",
            remainder: false),
        CueCase(
            sentence: "Rescuers found 30 more survivors and still more came.", figure: "30 more", language: "en",
            remainder: false),
    ])
    func aRemainderIsReadFromItsClause(_ example: CueCase) {
        let claim = Claim(
            id: "c1", article: "a1", sentence: "a1.s1", text: example.figure, kind: .quantity,
            quantity: Quantity(value: 3, qualifier: .exact, unit: "person"))
        let lexicon = ReconcileLexicon.forLanguage(example.language)
        #expect(ClaimFacts.countsRemainder(claim, sentence: example.sentence, lexicon: lexicon) == example.remainder)
    }

    /// Six taken to hospital on Sunday, five still being treated on Monday: compatible; five taken to hospital on
    /// Monday (no remainder) against six on Sunday: conflicting, as a toll that only grows.
    @Test(arguments: [(true, ClaimGroup.Status.compatible), (false, ClaimGroup.Status.conflicting)])
    func aLaterRemainderMayBeSmaller(_ remainder: Bool, _ status: ClaimGroup.Status) {
        var story = StoryBuilder()
        let sunday = TimeSpan(text: "am Sonntag", start: "2026-05-03", end: "2026-05-03")
        let monday = TimeSpan(text: "on Monday", start: "2026-05-04", end: "2026-05-04")
        let a = story.article(publisher: "Tagblatt", published: "2026-05-03", language: "de")
        let b = story.article(publisher: "Wire", published: "2026-05-03", language: "de")
        let c = story.article(publisher: "Herald", published: "2026-05-04")
        for article in [a, b] {
            story.sentence(
                article, "Sechs Menschen kamen am Sonntag ins Krankenhaus.",
                [
                    StoryBuilder.Figure(text: "Sechs Menschen", value: 6, measure: "wounded", time: sunday)
                ])
        }
        let text =
            remainder
            ? "Five of them are still being treated on Monday." : "Five people were taken to hospital on Monday."
        story.sentence(
            c, text,
            [
                StoryBuilder.Figure(
                    text: remainder ? "Five of them" : "Five people", value: 5, measure: "wounded", time: monday)
            ])
        let result = reconcile(story)
        #expect(together("c1", "c3", in: result), "\(result.groups.map(\.claims))")
        #expect(group(of: "c3", in: result)?.status == status, "\(result.groups.map(\.explanation))")
    }

    /// "Vermisste: über 50" against "31 werden noch vermisst" on the day of a sinking contradict each other, even
    /// beside the "Nineteen people remain missing" of a week later that sets both aside as earlier figures.
    @Test func earlierFiguresOfOneDayStillConflict() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Kurier", published: "2026-06-06", language: "de")
        let b = story.article(publisher: "Wire", published: "2026-06-06", language: "de")
        let c = story.article(publisher: "Herald", published: "2026-06-13")
        story.sentence(
            a, "Vermisste: über 50.",
            [
                StoryBuilder.Figure(text: "über 50", value: 50, qualifier: .moreThan, measure: "missing")
            ])
        story.sentence(
            b, "31 werden noch vermisst.",
            [
                StoryBuilder.Figure(text: "31", value: 31, measure: "missing")
            ])
        story.sentence(
            c, "Nineteen people remain missing.",
            [
                StoryBuilder.Figure(text: "Nineteen people", value: 19, measure: "missing")
            ])
        let result = reconcile(story)
        #expect(together("c1", "c3", in: result) && together("c2", "c3", in: result), "\(result.groups.map(\.claims))")
        #expect(group(of: "c3", in: result)?.status == .conflicting, "\(result.groups.map(\.explanation))")
        #expect(
            group(of: "c3", in: result)?.explanation.hasPrefix("31 people (a2") == true,
            "\(result.groups.map(\.explanation))")
    }
}

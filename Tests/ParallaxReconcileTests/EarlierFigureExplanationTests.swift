import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// An earlier figure's explanation names the days it rests on (round 26, branch status26): the day the figure
/// refers to when its own description names none — its article's publication day for a claim without a time —
/// and the day the latest figures start; so do the two figures of a conflict, which were judged no earlier
/// figure by those days. Invented figures.
@Suite struct EarlierFigureExplanationTests {
    struct DayCase: Sendable, CustomTestStringConvertible {
        var day: Int
        var iso: String
        var testDescription: String { "\(day) → \(iso)" }
    }

    /// Days since 1970-01-01 are written back as the ISO dates they were read from, across month ends, leap
    /// days and centuries.
    @Test(arguments: [
        DayCase(day: 0, iso: "1970-01-01"),
        DayCase(day: -1, iso: "1969-12-31"),
        DayCase(day: 11_016, iso: "2000-02-29"),
        DayCase(day: 11_017, iso: "2000-03-01"),
        DayCase(day: 20_513, iso: "2026-03-01"),
        DayCase(day: 20_815, iso: "2026-12-28"),
    ])
    func daysAreWrittenAsISODates(_ example: DayCase) {
        #expect(DayNumber.iso(example.day) == example.iso)
        #expect(DayNumber.from(iso: example.iso) == example.day)
    }

    /// Every day of four centuries (leap rules of 100 and 400 years included) survives the round trip.
    @Test func everyDayRoundTrips() {
        for day in stride(from: -50_000, through: 100_000, by: 1) {
            let iso = DayNumber.iso(day)
            guard DayNumber.from(iso: iso) == day else {
                Issue.record("\(day) → \(iso) → \(String(describing: DayNumber.from(iso: iso)))")
                return
            }
        }
    }

    struct ExplanationCase: Sendable, CustomTestStringConvertible {
        var earlierTime: TimeSpan?
        var phrase: String
        var testDescription: String { earlierTime?.text ?? "no time" }
    }

    /// A smaller count two days before a larger one is an earlier figure; its explanation says from which day
    /// and before which day: the publication day when the claim states no time, the stated day otherwise.
    @Test(arguments: [
        ExplanationCase(earlierTime: nil, phrase: "(published 2026-05-04, before the figures of 2026-05-07)"),
        ExplanationCase(
            earlierTime: TimeSpan(text: "am Montag", start: "2026-05-04", end: "2026-05-04"),
            phrase: "(before the figures of 2026-05-07)"),
        ExplanationCase(
            earlierTime: TimeSpan(text: "bis Montag", start: nil, end: "2026-05-04"),
            phrase: "(of 2026-05-04, before the figures of 2026-05-07)"),
    ])
    func earlierFigureNamesItsDays(_ example: ExplanationCase) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Morning Post", published: "2026-05-04")
        let b = story.article(publisher: "Evening Wire", published: "2026-05-07")
        story.quantity(a, 40, unit: "person", measure: "evacuated", time: example.earlierTime)
        story.quantity(b, 120, .about, unit: "person", measure: "evacuated")
        let result = reconcile(story)
        #expect(result.groups.map(\.status) == [.compatible])
        let explanation = result.groups.first?.explanation ?? ""
        #expect(explanation.contains("is an earlier figure \(example.phrase)"), "\(explanation)")
    }

    struct ConflictCase: Sendable, CustomTestStringConvertible {
        var smallerTime: TimeSpan?
        var smallerDescription: String
        var testDescription: String { smallerTime?.text ?? "no time" }
    }

    /// A smaller count published after a larger one is no earlier figure: the two conflict, and each is described
    /// with the day it was judged by — the publication day when the claim states no time.
    @Test(arguments: [
        ConflictCase(smallerTime: nil, smallerDescription: "9 people (a2, published 2026-05-07)"),
        ConflictCase(
            smallerTime: TimeSpan(text: "on Thursday", start: "2026-05-07", end: "2026-05-07"),
            smallerDescription: "9 people (a2, 2026-05-07)"),
        ConflictCase(
            smallerTime: TimeSpan(text: "by Thursday", start: nil, end: "2026-05-07"),
            smallerDescription: "9 people (a2, 2026-05-07)"),
    ])
    func conflictingFiguresNameTheirDays(_ example: ConflictCase) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Morning Post", published: "2026-05-04")
        let b = story.article(publisher: "Evening Wire", published: "2026-05-07")
        story.quantity(a, 12, unit: "person", measure: "wounded")
        story.quantity(b, 9, unit: "person", measure: "wounded", time: example.smallerTime)
        let result = reconcile(story)
        #expect(result.groups.map(\.status) == [.conflicting])
        let explanation = result.groups.first?.explanation ?? ""
        #expect(
            explanation == "\(example.smallerDescription) and 12 people (a1, published 2026-05-04) cannot both be true as stated.",
            "\(explanation)")
    }
}

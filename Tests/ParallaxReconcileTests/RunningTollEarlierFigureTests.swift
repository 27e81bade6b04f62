import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// A running toll of the dead counts by its last day (round 34): "Drei Menschen starben" on the day of a crash, then "Die
/// Zahl der Toten ist auf fünf gestiegen" dated from the crash to two days later — the three are an earlier figure of the
/// five (compatible), though the toll's span starts on their day. A count of another kind over a span (the first day of a
/// strike beside its three days) still is no earlier figure of it. Invented sentences.
@Suite struct RunningTollEarlierFigureTests {
    @Test(arguments: [("killed", ClaimGroup.Status.compatible), ("evacuated", ClaimGroup.Status.conflicting)])
    func aSmallerCountInsideTheSpan(_ measure: String, _ status: ClaimGroup.Status) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Tagblatt", published: "2026-04-11", language: "de")
        let b = story.article(publisher: "Kurier", published: "2026-04-11", language: "de")
        let c = story.article(publisher: "Herald", published: "2026-04-13", language: "de")
        let day = TimeSpan(text: "Samstag", start: "2026-04-11", end: "2026-04-11")
        for article in [a, b] {
            story.sentence(
                article, "Drei Menschen starben am Samstag.",
                [StoryBuilder.Figure(text: "Drei Menschen", value: 3, measure: measure, time: day)])
        }
        let span = TimeSpan(text: "Montag", start: "2026-04-11", end: "2026-04-13")
        story.sentence(
            c, "Die Zahl der Toten ist am Montag auf fünf gestiegen.",
            [StoryBuilder.Figure(text: "fünf", value: 5, measure: measure, time: span)])
        let result = reconcile(story)
        #expect(together("c1", "c3", in: result), "\(result.groups.map(\.claims))")
        #expect(group(of: "c3", in: result)?.status == status, "\(result.groups.map(\.explanation))")
    }
}

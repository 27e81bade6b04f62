import ParallaxModel
import Testing

@testable import ParallaxStories

/// The days that date an article's event: the claims' times near the article's publication, not
/// background dates ("the dam, built in 1971").
@Suite("Event days")
struct EventDaysTests {
    private func claim(_ start: String, _ end: String? = nil) -> Claim {
        Claim(
            id: "c1", article: "a1", sentence: "a1.s1", text: "…", kind: .quantity,
            time: TimeSpan(text: start, start: start, end: end ?? start))
    }

    @Test(
        "claims' days within a year before and a quarter after publication date the event",
        arguments: [
            // (claim days, publication day, expected first and last day)
            (["2026-06-20", "1971-01-01"], "2026-06-21", "2026-06-20", "2026-06-20"),
            (["2025-10-01", "2026-04-28"], "2026-04-28", "2025-10-01", "2026-04-28"),
            (["2026-07-10", "2028-12-31"], "2026-06-21", "2026-07-10", "2026-07-10"),
            // Undated: the latest day the claims name anchors the window.
            (["2026-06-20", "1968-05-01"], nil, "2026-06-20", "2026-06-20"),
        ] as [([String], String?, String, String)])
    func eventDays(days: [String], published: String?, first: String, last: String) {
        let found = FeatureExtractor().eventDays(claims: days.map { claim($0) }, published: StoryDate.day(published))
        #expect(found.min().map(StoryDate.iso) == first)
        #expect(found.max().map(StoryDate.iso) == last)
    }

    @Test("an article without dated claims dates nothing")
    func noClaims() {
        #expect(FeatureExtractor().eventDays(claims: [], published: StoryDate.day("2026-06-21")).isEmpty)
    }
}

import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// What an explanation names (round 27): the conflicting pair a reader can check — two figures of the same day
/// before the widest pair across days, which a reader would take for a change over time — and each sum of two
/// figures once. Invented figures.
@Suite struct ConflictExplanationTests {
    /// 9 and "at least 12" on the same day conflict; the 20 of three days earlier lies further from the 9, but
    /// the same-day pair is the one named. The status is conflicting either way.
    @Test func sameDayPairIsNamedBeforeTheWidestPair() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Morning Post", published: "2026-05-04")
        let b = story.article(publisher: "Evening Wire", published: "2026-05-07")
        let c = story.article(publisher: "Harbour Radio", published: "2026-05-07")
        story.quantity(a, 20, unit: "person", measure: "wounded")
        story.quantity(b, 9, unit: "person", measure: "wounded")
        story.quantity(c, 12, .atLeast, unit: "person", measure: "wounded")
        let result = reconcile(story)
        #expect(result.groups.map(\.status) == [.conflicting])
        let explanation = result.groups.first?.explanation ?? ""
        #expect(
            explanation
                == "9 people (a2, published 2026-05-07) and at least 12 people (a3, published 2026-05-07) cannot both be true as stated.",
            "\(explanation)")
    }

    /// Without two figures of one day apart, the widest pair across days is named.
    @Test func widestPairIsNamedWhenNoDayHoldsAConflict() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Morning Post", published: "2026-05-04")
        let b = story.article(publisher: "Evening Wire", published: "2026-05-07")
        story.quantity(a, 20, unit: "person", measure: "wounded")
        story.quantity(b, 9, unit: "person", measure: "wounded")
        let result = reconcile(story)
        #expect(result.groups.map(\.status) == [.conflicting])
        #expect(result.groups.first?.explanation.hasPrefix("9 people (a2, published 2026-05-07) and 20 people (a1") == true)
    }

    /// Two figures of one article that add up to another article's total explain each other; the sum is said
    /// once, and a figure an article gives twice is named once among those that agree.
    @Test func aSumOfTwoFiguresIsSaidOnce() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Morning Post", published: "2026-05-04")
        let b = story.article(publisher: "Evening Wire", published: "2026-05-04")
        story.quantity(a, 8000, lead: "In all ")
        story.quantity(a, 8000, lead: "In all ")
        story.quantity(b, 6500, lead: "In the north ")
        story.quantity(b, 1500, lead: "In the south ")
        let result = reconcile(story)
        let explanation = group(of: "c1", in: result)?.explanation ?? ""
        #expect(explanation.components(separatedBy: "makes 8,000 soldiers in total").count == 2, "\(explanation)")
        #expect(explanation.components(separatedBy: "(a1)").count <= 2, "\(explanation)")
    }
}

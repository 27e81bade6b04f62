import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// A count of what remains says itself that the count has fallen (round 34): beside a remainder, a larger figure of an
/// earlier day — one publication day before is enough — is the count it fell from, as a larger figure two days before
/// already was (round 33). "Fünf Kinder liegen im Krankenhaus" on Monday, "Four children remain in hospital" on
/// Tuesday: compatible. A figure without such a cue a day later is still compared (the next morning's retelling of
/// the day's count), and so is a remainder of the same day. Invented sentences, German and English.
@Suite struct RemainderNextDayTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var later: String
        var figure: String
        var language: String
        var published: String
        var status: ClaimGroup.Status
        var testDescription: String { "\(later) (\(published)) → \(status.rawValue)" }
    }

    @Test(arguments: [
        Case(
            later: "Four children remain in hospital.", figure: "Four children", language: "en",
            published: "2026-04-15", status: .compatible),
        Case(
            later: "Vier Kinder liegen noch im Krankenhaus.", figure: "Vier Kinder", language: "de",
            published: "2026-04-15", status: .compatible),
        Case(
            later: "Four children are still in hospital.", figure: "Four children", language: "en",
            published: "2026-04-15", status: .compatible),
        Case(
            later: "Vier Kinder liegen weiterhin im Krankenhaus.", figure: "Vier Kinder", language: "de",
            published: "2026-04-15", status: .compatible),
        // Controls: no remainder a day later; a remainder of the same day.
        Case(
            later: "Four children are in hospital.", figure: "Four children", language: "en",
            published: "2026-04-15", status: .conflicting),
        Case(
            later: "Vier Kinder liegen im Krankenhaus.", figure: "Vier Kinder", language: "de",
            published: "2026-04-15", status: .conflicting),
        Case(
            later: "Four children remain in hospital.", figure: "Four children", language: "en",
            published: "2026-04-14", status: .conflicting),
    ])
    func aRemainderTheDayAfter(_ example: Case) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Tagblatt", published: "2026-04-14", language: "de")
        let b = story.article(publisher: "Kurier", published: "2026-04-14", language: "de")
        let c = story.article(publisher: "Herald", published: example.published, language: example.language)
        for article in [a, b] {
            story.sentence(
                article, "Fünf Kinder liegen im Krankenhaus.",
                [StoryBuilder.Figure(text: "Fünf Kinder", value: 5, unit: "child")])
        }
        story.sentence(c, example.later, [StoryBuilder.Figure(text: example.figure, value: 4, unit: "child")])
        let result = reconcile(story)
        #expect(together("c1", "c3", in: result), "\(result.groups.map(\.claims))")
        #expect(group(of: "c3", in: result)?.status == example.status, "\(result.groups.map(\.explanation))")
    }
}

import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// Round 12 of grouping (branch groups12): a past event an article recalls for comparison ("In 2019, five
/// people died …") is a figure of its own beside the story's figures of today. Invented figures.
@Suite struct BackgroundFigureTests {
    struct TimeCase: Sendable, CustomTestStringConvertible {
        var name: String
        /// The recalled figure: value and its stated time (`nil`: no time stated).
        var past: (value: Double, time: TimeSpan?)
        /// The story's figure in each of two other reports, on the day of the event.
        var current: Double
        var together: Bool
        var testDescription: String { name }
    }

    static let today = TimeSpan(text: "Tuesday", start: "2027-11-02", end: "2027-11-02")
    static let year2019 = TimeSpan(text: "2019", start: "2019-01-01", end: "2019-12-31")

    @Test(arguments: [
        // A larger toll of a collapse eight years ago is no rival of today's two dead.
        TimeCase(name: "five dead in 2019 beside two today", past: (5, year2019), current: 2, together: false),
        TimeCase(name: "640,000 customers in 2019 beside 270,000 today", past: (640_000, year2019), current: 270_000, together: false),
        // A smaller past figure may be a part or an earlier state of today's.
        TimeCase(name: "100,000 paid in 2019 beside 240,000 charged today", past: (100_000, year2019), current: 240_000, together: true),
        // Without a stated time the figure is not known to be a past one.
        TimeCase(name: "five dead, no time, beside two today", past: (5, nil), current: 2, together: true),
        // A figure of last week is the story's own: an update, not a recalled event.
        TimeCase(
            name: "five dead a week earlier beside two today",
            past: (5, TimeSpan(text: "last Tuesday", start: "2027-10-26", end: "2027-10-26")), current: 2, together: true),
    ])
    func aRecalledLargerFigureIsAFigureOfItsOwn(_ example: TimeCase) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Broadcaster", published: "2027-11-02")
        let b = story.article(publisher: "Wire", published: "2027-11-02")
        story.quantity(a, example.current, unit: "person", measure: "killed", time: Self.today)
        story.quantity(a, example.past.value, unit: "person", measure: "killed", time: example.past.time)
        story.quantity(b, example.current, unit: "person", measure: "killed", time: Self.today)
        let result = reconcile(story)
        #expect(together("c1", "c3", in: result), "\(result.groups.map(\.claims))")
        #expect(together("c1", "c2", in: result) == example.together, "\(result.groups.map(\.claims))")
        if !example.together {
            #expect(group(of: "c1", in: result)?.status == .agreed, "\(result.groups.map(\.explanation))")
            #expect(group(of: "c2", in: result)?.status == .singleSource)
        }
    }
}

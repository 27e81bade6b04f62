import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// Round 11 of grouping, second pass (branch groups11b): two rounded estimates agree when one allows the
/// other's number, and conflict when neither does. Invented figures.
@Suite struct EstimateStatusTests {
    struct EstimateCase: Sendable, CustomTestStringConvertible {
        var first: (Double, Quantity.Qualifier)
        var second: (Double, Quantity.Qualifier)
        var status: ClaimGroup.Status
        var testDescription: String {
            "\(first.1.rawValue) \(first.0) beside \(second.1.rawValue) \(second.0) → \(status.rawValue)"
        }
    }

    /// "Etwa 250 Einsatzkräfte" against "some 300 firefighters" on the same day: each interval reaches the
    /// other's (270…275), but neither source's tolerance reaches the other's number — a conflict. "about 400"
    /// beside "rund 420" or an exact 412 agrees (420 lies within 10 % of 400); "about 300" beside "mehr als
    /// 250" is a bound that allows it, no estimate against an estimate.
    @Test(arguments: [
        EstimateCase(first: (300, .about), second: (250, .about), status: .conflicting),
        EstimateCase(first: (2_000_000, .about), second: (2_500_000, .about), status: .conflicting),
        EstimateCase(first: (400, .about), second: (420, .about), status: .agreed),
        EstimateCase(first: (400, .about), second: (412, .exact), status: .agreed),
        EstimateCase(first: (300, .about), second: (275, .about), status: .agreed),
        EstimateCase(first: (300, .about), second: (250, .moreThan), status: .compatible),
    ])
    func estimatesConflictWhenNeitherAllowsTheOthersNumber(_ example: EstimateCase) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.quantity(a, example.first.0, example.first.1, unit: "firefighter", measure: "deployed")
        story.quantity(b, example.second.0, example.second.1, unit: "firefighter", measure: "deployed")
        let result = reconcile(story)
        #expect(together("c1", "c2", in: result), "\(result.groups.map(\.claims))")
        #expect(group(of: "c1", in: result)?.status == example.status, "\(result.groups.map(\.explanation))")
    }

    /// Two estimates of one article are not set against each other (a figure and its update in one report):
    /// beside another article's 270, which both allow, no group is conflicting, however they are grouped.
    @Test func anArticlesOwnEstimatesDoNotConflict() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.quantity(a, 300, .about, unit: "firefighter", measure: "deployed")
        story.quantity(a, 250, .about, unit: "firefighter", measure: "deployed")
        story.quantity(b, 270, .exact, unit: "firefighter", measure: "deployed")
        let result = reconcile(story)
        #expect(result.groups.allSatisfy { $0.status != .conflicting }, "\(result.groups.map(\.explanation))")
    }
}

import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// A vague amount ("Tausende", "thousands", "Hunderte", "dozens of"), a magnitude word without a number, beside reports
/// that give the number says less than they do: the group is `compatible`, even when the number is the vague amount's
/// lower bound ("about 2,000 residents" beside "thousands of residents"). A bound that states a number ("more than 2,000",
/// "mindestens 2.000") beside about that number still agrees, and vague amounts alone agree (round 32). Invented figures.
@Suite struct VagueAmountStatusTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        /// The second report's figure: value (nil for a vague amount), qualifier, lower bound.
        var other: (value: Double?, qualifier: Quantity.Qualifier, low: Double?)
        /// The first two reports' figure, about this number.
        var precise: Double?
        var status: ClaimGroup.Status
        var testDescription: String { "\(name) → \(status.rawValue)" }
    }

    @Test(arguments: [
        Case(
            name: "thousands beside about 2,000 twice", other: (nil, .atLeast, 2_000), precise: 2_000,
            status: .compatible),
        Case(name: "Tausende neben rund 2.400", other: (nil, .atLeast, 2_000), precise: 2_400, status: .compatible),
        Case(name: "Hunderte neben etwa 210", other: (nil, .atLeast, 200), precise: 210, status: .compatible),
        Case(name: "dozens beside about 26", other: (nil, .atLeast, 24), precise: 26, status: .compatible),
        Case(
            name: "more than 2,000 beside about 2,000", other: (2_000, .moreThan, nil), precise: 2_000, status: .agreed),
        Case(name: "mindestens 2.000 neben rund 2.000", other: (2_000, .atLeast, nil), precise: 2_000, status: .agreed),
        Case(name: "thousands beside thousands", other: (nil, .atLeast, 2_000), precise: nil, status: .agreed),
    ])
    func vagueAmountBesideNumbers(_ example: Case) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily"),
            c = story.article(publisher: "Post")
        let vagueFirst = example.precise == nil
        for article in [a, b] {
            if vagueFirst {
                story.quantity(article, nil, .atLeast, low: example.other.low, unit: "person", measure: "evacuated")
            } else {
                story.quantity(article, example.precise, .about, unit: "person", measure: "evacuated")
            }
        }
        story.quantity(
            c, example.other.value, example.other.qualifier, low: example.other.low, unit: "person",
            measure: "evacuated")
        let result = reconcile(story)
        #expect(result.groups.count == 1, "\(result.groups.map(\.claims))")
        #expect(result.groups.first?.status == example.status, "\(result.groups.map(\.explanation))")
    }
}

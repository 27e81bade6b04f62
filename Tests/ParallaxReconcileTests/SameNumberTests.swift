import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// A figure left without a measure moves to the one group where other articles state its distinctive number, when its
/// own group holds no other article's statement of it (`FigureClusters+SameNumbers.swift`). It stays when the number is
/// small or has no unit, when its article tells the two groups apart, when the number's only reports elsewhere are another article's
/// part of a larger figure, or when the number stands in two other groups. A figure with a measure moves only where two other
/// articles state its number and no figure of the group has its measure (round 35).
/// Invented figures.
@Suite struct SameNumberTests {
    /// One figure of a group: its article, number, unit and measure (`nil`: none read).
    struct Figure: Sendable {
        var article: String
        var value: Double
        var unit = "eur"
        var measure: String? = nil
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        /// The groups as clustering left them; the figure under test is the last of the first group (others may move too).
        var groups: [[Figure]]
        /// The group the figure should end beside (its index in `groups`), or `nil`: it stays.
        var joins: Int?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "a lone unlabelled €800 million joins two other reports of it",
            groups: [
                [Figure(article: "a3", value: 800_000_000)],
                [
                    Figure(article: "a1", value: 800_000_000),
                    Figure(article: "a2", value: 800_000_000, measure: "cost"),
                ],
            ],
            joins: 1),
        Case(
            name: "an unlabelled 2,400 tonnes leaves a group of 3,000 for the group that states 2,400",
            groups: [
                [Figure(article: "a1", value: 3000, unit: "tonne"), Figure(article: "a4", value: 2400, unit: "tonne")],
                [Figure(article: "a2", value: 2400, unit: "tonne"), Figure(article: "a3", value: 2430, unit: "tonne")],
            ],
            joins: 1),
        Case(
            name: "a whole number below twenty counts too many things to decide",
            groups: [
                [Figure(article: "a3", value: 12, unit: "person")],
                [Figure(article: "a1", value: 12, unit: "person"), Figure(article: "a2", value: 12, unit: "person")],
            ],
            joins: nil),
        Case(
            name: "its own article gives the other group another number",
            groups: [
                [Figure(article: "a3", value: 150_000_000)],
                [Figure(article: "a1", value: 150_000_000), Figure(article: "a3", value: 80_000_000)],
            ],
            joins: nil),
        Case(
            name: "the number's only report elsewhere is a part of its article's larger figure",
            groups: [
                [Figure(article: "a3", value: 1700, unit: "person")],
                [
                    Figure(article: "a1", value: 4800, unit: "person"),
                    Figure(article: "a1", value: 1700, unit: "person"),
                ],
            ],
            joins: nil),
        Case(
            name: "the number stands in two other groups",
            groups: [
                [Figure(article: "a4", value: 640, unit: "person")],
                [Figure(article: "a1", value: 640, unit: "person")],
                [Figure(article: "a2", value: 640, unit: "person")],
            ],
            joins: nil),
        Case(
            name: "its group already holds another report of its number",
            groups: [
                [
                    Figure(article: "a1", value: 4200, unit: "person"),
                    Figure(article: "a3", value: 4200, unit: "person"),
                ],
                [Figure(article: "a2", value: 4200, unit: "person")],
            ],
            joins: nil),
        Case(
            name: "a figure with a measure keeps the group its measure chose beside one other report",
            groups: [
                [Figure(article: "a3", value: 800_000_000, measure: "cost")],
                [Figure(article: "a1", value: 800_000_000, measure: "paid")],
            ],
            joins: nil),
        Case(
            name: "two reports outweigh the measure one report's words gave its figure",
            groups: [
                [Figure(article: "a4", value: 9, unit: "person", measure: "arrested"), Figure(article: "a3", value: 40, unit: "person", measure: "arrested")],
                [
                    Figure(article: "a1", value: 40, unit: "person", measure: "deployed"),
                    Figure(article: "a2", value: 40, unit: "person", measure: "deployed"),
                ],
            ],
            joins: 1),
        Case(
            name: "a figure with a measure stays where its own article gives a larger figure of it",
            groups: [
                [Figure(article: "a3", value: 2100, unit: "vote", measure: "missing"), Figure(article: "a3", value: 312, unit: "vote", measure: "missing")],
                [
                    Figure(article: "a1", value: 312, unit: "vote", measure: "won"),
                    Figure(article: "a2", value: 312, unit: "vote", measure: "won"),
                ],
            ],
            joins: nil),
        Case(
            name: "a figure with a measure stays beside its own measure's figures elsewhere",
            groups: [
                [Figure(article: "a3", value: 40, unit: "person", measure: "arrested")],
                [
                    Figure(article: "a1", value: 40, unit: "person", measure: "deployed"),
                    Figure(article: "a2", value: 40, unit: "person", measure: "deployed"),
                    Figure(article: "a5", value: 35, unit: "person", measure: "arrested"),
                ],
            ],
            joins: nil),
        Case(
            name: "a bare number without a unit says nothing of what it counts",
            groups: [
                [Figure(article: "a3", value: 5.5, unit: "-")],
                [Figure(article: "a1", value: 5.5, unit: "-"), Figure(article: "a2", value: 5.5, unit: "-")],
            ],
            joins: nil),
        Case(
            name: "the same number in another unit is another thing",
            groups: [
                [Figure(article: "a3", value: 96, unit: "person")],
                [Figure(article: "a1", value: 96, unit: "tonne"), Figure(article: "a2", value: 96, unit: "tonne")],
            ],
            joins: nil),
    ]

    @Test(arguments: cases)
    func anUnlabelledFigureGathersWithItsNumber(_ example: Case) {
        var number = 0
        let groups = example.groups.enumerated().map { index, figures in
            figures.map { figure -> ClaimFacts in
                number += 1
                return Self.facts(figure, id: "g\(index).c\(number)")
            }
        }
        let moved = groups[0].last!.claim.id
        let result = FigureClusters.gatheringFiguresToTheirNumbers(groups)
        let home = result.first { $0.contains { $0.claim.id == moved } }!.map(\.claim.id)
        if let target = example.joins {
            #expect(groups[target].allSatisfy { home.contains($0.claim.id) }, "\(home)")
        } else {
            #expect(groups[0].allSatisfy { home.contains($0.claim.id) }, "\(home)")
        }
    }

    static func facts(_ figure: Figure, id: String) -> ClaimFacts {
        let article = Article(
            id: figure.article, input: "\(figure.article).txt", publisher: figure.article, language: "en")
        let claim = Claim(
            id: id, article: figure.article, sentence: "\(figure.article).s\(id.count)", text: "\(figure.value)",
            kind: .quantity,
            quantity: Quantity(value: figure.value, qualifier: .about, unit: figure.unit == "-" ? nil : figure.unit),
            measure: figure.measure)
        return ClaimFacts(claim: claim, article: article, lexicon: .forLanguage("en"))
    }
}

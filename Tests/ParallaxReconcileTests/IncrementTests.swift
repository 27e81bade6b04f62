import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// Round 16 of grouping: a smaller figure an article gives beside its total is the toll's growth when the difference
/// is a figure another article gave on an earlier day ("Zwei Schwerverletzte starben … auf acht gestiegen" after the
/// six dead of the first day), and the group is compatible, not conflicting (``ClaimGrouper/markingIncrements(_:)``).
@Suite struct IncrementTests {
    struct Example: Sendable, CustomTestStringConvertible {
        var name: String
        /// The later article's figures: the smaller one, then the total.
        var part: Double
        var total: Double
        /// The earlier article's figure.
        var earlier: Double
        var increment: Bool
        var testDescription: String { name }
    }

    @Test(arguments: [
        Example(name: "six, then two more make eight", part: 2, total: 8, earlier: 6, increment: true),
        Example(name: "two beside eight when five came first is no increment", part: 2, total: 8, earlier: 5, increment: false),
        Example(name: "the same total again is no increment", part: 8, total: 8, earlier: 6, increment: false),
    ])
    func aSmallerFigureThatMakesTheTotalIsAnIncrement(_ example: Example) {
        var story = StoryBuilder()
        let first = story.article(publisher: "Kurier", published: "2027-05-14", language: "de")
        story.sentence(
            first, "Bei dem Unglück starben \(Int(example.earlier)) Menschen.",
            [StoryBuilder.Figure(text: "\(Int(example.earlier)) Menschen", value: example.earlier, measure: "killed")])
        let later = story.article(publisher: "Abendpost", published: "2027-05-21", language: "de")
        story.sentence(
            later, "\(Int(example.part)) Schwerverletzte starben im Klinikum.",
            [StoryBuilder.Figure(text: "\(Int(example.part)) Schwerverletzte", value: example.part, measure: "killed")])
        story.sentence(
            later, "Die Zahl der Toten stieg auf \(Int(example.total)).",
            [StoryBuilder.Figure(text: "\(Int(example.total))", value: example.total, measure: "killed")])
        let articles = Dictionary(uniqueKeysWithValues: story.articles.map { ($0.id, $0) })
        let facts = story.claims.map { ClaimFacts(claim: $0, article: articles[$0.article]!, lexicon: .forLanguage("de")) }
        let marked = ClaimGrouper.markingIncrements(facts)
        #expect((marked[1].scope == .additional) == example.increment)
        if example.increment {
            #expect(reconcile(story).groups.first { $0.claims.contains("c3") }?.status == .compatible)
        }
    }
}

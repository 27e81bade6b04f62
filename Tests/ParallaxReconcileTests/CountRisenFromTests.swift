import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// A count a sentence says rose from one value to another ("has risen to 23, from 19 on Monday"; "up from about 4,200";
/// "stieg von 35 auf 52"): the smaller value is the count's earlier value, in the group of the new value and not its
/// rival, wherever the story gives it (`ClaimGrouper.markingRises`, `FigureClusters.joiningRises`, `StatusJudge`). Two
/// sources' numbers in one sentence ("beziffert … auf etwa 5.000, die Veranstalter sprechen von 3.000") and a fall are no
/// rise. Invented sentences.
@Suite struct CountRisenFromTests {
    typealias Figure = StoryBuilder.Figure

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var language: String
        /// The later report's sentence: its figures, the earlier value first.
        var sentence: String
        var earlier: Figure
        var later: Figure
        /// Another report's sentence giving the earlier value.
        var other: (sentence: String, figure: Figure)
        /// Whether the sentence tells a rise: the other report's figure is then the earlier count (compatible).
        var rise: Bool
        var testDescription: String { "\(name) → \(rise ? "a rise" : "no rise")" }
    }

    static func figure(_ text: String, _ value: Double, _ qualifier: Quantity.Qualifier = .exact, measure: String? = "infected")
        -> Figure
    {
        Figure(text: text, value: value, qualifier: qualifier, measure: measure)
    }

    static let cases: [Case] = [
        Case(
            name: "risen to 23, from 19 on Monday", language: "en",
            sentence: "The number of people taken ill has risen to 23, from 19 on Monday, the health office said.",
            earlier: figure("19", 19), later: figure("23", 23),
            other: ("Nineteen people fell ill, the health office said.", figure("Nineteen people", 19)), rise: true),
        Case(
            name: "up from about 4,200", language: "en",
            sentence: "Organisers said 4,800 runners had finished the race, up from about 4,200 they counted at noon.",
            earlier: figure("about 4,200", 4200, .about, measure: nil), later: figure("4,800 runners", 4800, measure: nil),
            other: ("About 4,200 runners had crossed the line by noon.", figure("About 4,200 runners", 4200, .about, measure: nil)),
            rise: true),
        Case(
            name: "stieg von 35 auf 52", language: "de",
            sentence: "Die Zahl der Erkrankten stieg bis Freitag von 35 auf 52.",
            earlier: figure("35", 35), later: figure("52", 52),
            other: ("Das Gesundheitsamt meldete 35 Erkrankte.", figure("35 Erkrankte", 35)), rise: true),
        Case(
            name: "zwei Quellen in einem Satz", language: "de",
            sentence: "Die Polizei beziffert die Erkrankten auf etwa 50, die Ärztekammer spricht dagegen von 35 Patienten.",
            earlier: figure("35 Patienten", 35), later: figure("etwa 50", 50, .about),
            other: ("Die Ärztekammer zählte 35 Erkrankte.", figure("35 Erkrankte", 35)), rise: false),
        Case(
            name: "a fall from 23 to 19", language: "en",
            sentence: "The number of patients in hospital fell from 23 to 19.",
            earlier: figure("23", 23), later: figure("19", 19),
            other: ("Twenty-three people were in hospital.", figure("Twenty-three people", 23)), rise: false),
    ]

    @Test(arguments: cases)
    func aCountRisenFromAnEarlierValue(_ example: Case) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire", language: example.language)
        let b = story.article(publisher: "Paper", language: example.language)
        // The sentence's figures in the order they stand in it.
        let inOrder = [example.earlier, example.later].sorted {
            example.sentence.range(of: $0.text)!.lowerBound < example.sentence.range(of: $1.text)!.lowerBound
        }
        story.sentence(a, example.sentence, inOrder)
        story.sentence(b, example.other.sentence, [example.other.figure])
        let facts = ClaimGrouper.markingRises(
            story.claims.map { claim in
                ClaimFacts(
                    claim: claim, article: story.articles.first { $0.id == claim.article }!,
                    lexicon: .forLanguage(example.language))
            })
        let earlier = facts.first { $0.claim.text == example.earlier.text }!
        let later = facts.first { $0.claim.text == example.later.text }!
        #expect((earlier.risesTo == later.claim.id) == example.rise)
        #expect(later.risesTo == nil)
        guard example.rise else { return }
        let result = reconcile(story)
        #expect(together(earlier.claim.id, "c3", in: result), "\(result.groups.map(\.claims))")
        #expect(together(later.claim.id, "c3", in: result), "\(result.groups.map(\.claims))")
        #expect(group(of: "c3", in: result)?.status == .compatible)
    }
}

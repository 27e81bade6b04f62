import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// A denial's counter-figure answers a figure some party claims (attributed or hedged), never one the writer states
/// on the article's own authority (`FigureClusters+ClaimedFigures.swift`): "Fast vier Stunden saßen die Fahrgäste
/// fest" is the story's fact, not the charge the operator's "erst 20 Minuten nach dem Ablegen" answers. Invented
/// sentences.
@Suite struct ClaimedFigureTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var language: String
        var fact: String
        var factValue: Double
        var factUnit: String
        var factSource: String?
        var factHedged = false
        var denial: String
        var counter: String
        var counterValue: Double
        var counterUnit: String
        var together: Bool
        var testDescription: String { "\(fact) (\(factSource ?? "own voice")) beside «\(counter)» → \(together ? "rivals" : "apart")" }
    }

    static let cases: [Case] = [
        Case(
            language: "de", fact: "Fast vier Stunden saßen die Fahrgäste fest.", factValue: 4, factUnit: "hour", factSource: nil,
            denial: "Die Reederei widerspricht: Die Warnung sei erst 20 Minuten nach dem Ablegen gekommen.",
            counter: "20 Minuten", counterValue: 20, counterUnit: "minute", together: false),
        Case(
            language: "en", fact: "Passengers were stuck for nearly four hours.", factValue: 4, factUnit: "hour", factSource: nil,
            denial: "The operator rejected that, saying the warning came 20 minutes after departure.",
            counter: "20 minutes", counterValue: 20, counterUnit: "minute", together: false),
        // The charge itself, on its accusers' word: the counter-figure is its rival, however far apart.
        Case(
            language: "de", fact: "Anwohner sagten, sie hätten mehr als sechs Stunden gewartet.", factValue: 6, factUnit: "hour",
            factSource: "residents", factHedged: true,
            denial: "Das Ministerium wies das zurück: Die Helfer seien nach 40 Minuten vor Ort gewesen.",
            counter: "40 Minuten", counterValue: 40, counterUnit: "minute", together: true),
        Case(
            language: "en", fact: "Residents said they had waited for six hours.", factValue: 6, factUnit: "hour", factSource: "residents",
            denial: "The ministry denied that, saying crews arrived within 40 minutes.",
            counter: "40 minutes", counterValue: 40, counterUnit: "minute", together: true),
    ]

    @Test(arguments: cases)
    func aCounterFigureAnswersOnlyAClaimedFigure(_ example: Case) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Local paper", language: example.language)
        let b = story.article(publisher: "Wire", language: example.language)
        let factWords = example.fact.split(separator: " ").prefix(3).joined(separator: " ")
        story.sentence(a, example.fact, [
            StoryBuilder.Figure(
                text: factWords, value: example.factValue, unit: example.factUnit, measure: "duration", source: example.factSource,
                hedged: example.factHedged)
        ])
        story.statement(a, subject: "operator", predicate: "denies", object: nil, source: "operator")
        story.sentence(a, example.denial, [
            StoryBuilder.Figure(
                text: example.counter, value: example.counterValue, unit: example.counterUnit, measure: "duration", source: "operator")
        ])
        story.shareSentence("c2", with: "c3")
        story.sentence(b, example.fact, [
            StoryBuilder.Figure(
                text: factWords, value: example.factValue, unit: example.factUnit, measure: "duration", source: example.factSource,
                hedged: example.factHedged)
        ])
        let result = reconcile(story)
        #expect(together("c1", "c3", in: result) == example.together, "\(result.groups.map(\.claims))")
        #expect(together("c1", "c4", in: result), "\(result.groups.map(\.claims))")
    }

    @Test(arguments: [(nil, false, false), ("residents", false, true), (nil, true, true)] as [(String?, Bool, Bool)])
    func aFigureIsClaimedWhenAttributedOrHedged(source: String?, hedged: Bool, claimed: Bool) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire")
        story.sentence(a, "They waited six hours.", [
            StoryBuilder.Figure(text: "six hours", value: 6, unit: "hour", measure: "duration", source: source, hedged: hedged)
        ])
        var claim = story.claims[0]
        if source == nil && hedged { claim.attribution = Attribution(text: "reportedly", source: nil, hedged: true) }
        let fact = ClaimFacts(claim: claim, article: story.articles[0], lexicon: .forLanguage("en"))
        #expect(FigureClusters.isClaimedByAParty(fact) == claimed)
    }
}

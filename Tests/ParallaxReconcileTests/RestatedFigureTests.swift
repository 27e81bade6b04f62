import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// A report that gives one count twice — with two nouns that both count people, or once with a measure and once
/// without — states one figure, and the two mentions stand in one group (`FigureClusters.joiningRestatedFigures`);
/// the same number of things of two kinds, of two measures, or a small number does not restate one. Invented sentences.
@Suite struct RestatedFigureTests {
    typealias Figure = StoryBuilder.Figure

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var language: String
        /// The restating report's two sentences, each with its one figure.
        var first: (sentence: String, figure: Figure)
        var second: (sentence: String, figure: Figure)
        /// Another report's sentence and figure, of the second mention's kind.
        var other: (sentence: String, figure: Figure)
        var joins: Bool
        var testDescription: String { "\(name) → \(joins ? "one group" : "apart")" }
    }

    static let cases: [Case] = [
        Case(
            name: "Kunden im Vorspann, Haushalte im Text", language: "de",
            first: ("Datendiebe erbeuten Angaben zu 318.000 Kunden des Wasserwerks.",
                    Figure(text: "318.000 Kunden", value: 318_000, measure: "affected")),
            second: ("Betroffen sind nach Angaben des Werks rund 318.000 Haushalte.",
                     Figure(text: "rund 318.000 Haushalte", value: 318_000, qualifier: .about, unit: "household")),
            other: ("Die Angaben von 318.000 Haushalten liegen nun im Netz.",
                    Figure(text: "318.000 Haushalten", value: 318_000, unit: "household", measure: "affected")),
            joins: true),
        Case(
            name: "migrants in the lead, people below", language: "en",
            first: ("Up to 3,400 migrants reach the border each day.",
                    Figure(text: "Up to 3,400 migrants", value: 3400, qualifier: .upTo, unit: "refugee")),
            second: ("Up to 3,400 people a day cross at the two checkpoints, the ministry said.",
                     Figure(text: "Up to 3,400 people", value: 3400, qualifier: .upTo)),
            other: ("Some 3,400 people cross each day.", Figure(text: "Some 3,400 people", value: 3400, qualifier: .about)),
            joins: true),
        Case(
            name: "jets and the dead of one number", language: "en",
            first: ("The air force sent 30 jets over the valley.", Figure(text: "30 jets", value: 30, unit: "aircraft")),
            second: ("More than 30 people were killed.",
                     Figure(text: "More than 30 people", value: 30, qualifier: .moreThan, measure: "killed")),
            other: ("At least 30 people died.", Figure(text: "At least 30 people", value: 30, qualifier: .atLeast, measure: "killed")),
            joins: false),
    ]

    @Test(arguments: cases)
    func aReportsFigureStatedTwice(_ example: Case) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire", language: example.language)
        let b = story.article(publisher: "Paper", language: example.language)
        story.sentence(a, example.first.sentence, [example.first.figure])
        story.sentence(a, example.second.sentence, [example.second.figure])
        story.sentence(b, example.other.sentence, [example.other.figure])
        let result = reconcile(story, language: example.language)
        #expect(together("c1", "c2", in: result) == example.joins, "\(result.groups.map(\.claims))")
    }

    struct Pair: Sendable, CustomTestStringConvertible {
        var left: Figure
        var right: Figure
        var restates: Bool
        var testDescription: String { "\(left.text) / \(right.text): \(restates)" }
    }

    /// Two mentions of one article restate one figure when their numbers are the same and distinctive, their units one
    /// or both of people, and their measures one or one left out.
    @Test(arguments: [
        Pair(left: Figure(text: "640 inmates", value: 640, measure: "size"),
             right: Figure(text: "640", value: 640, unit: "soldier", measure: "size"), restates: true),
        Pair(left: Figure(text: "2.000 Migranten", value: 2000, unit: "refugee"),
             right: Figure(text: "2.000 Menschen", value: 2000), restates: true),
        Pair(left: Figure(text: "55,000 pages", value: 55_000, unit: "page"),
             right: Figure(text: "55,000 files", value: 55_000, unit: "file"), restates: false),
        Pair(left: Figure(text: "etwa 100 Anzeigen", value: 100, qualifier: .about, unit: "complaint"),
             right: Figure(text: "etwa 100 Menschen", value: 100, qualifier: .about), restates: false),
        Pair(left: Figure(text: "40 Tote", value: 40, measure: "killed"),
             right: Figure(text: "40 Verletzte", value: 40, measure: "wounded"), restates: false),
        Pair(left: Figure(text: "zwölf Menschen", value: 12), right: Figure(text: "zwölf Menschen", value: 12), restates: false),
        Pair(left: Figure(text: "48 Prozent", value: 48, unit: "percent"),
             right: Figure(text: "48 Prozent", value: 48, unit: "percent"), restates: false),
        Pair(left: Figure(text: "212.000 Kunden", value: 212_000, measure: "affected"),
             right: Figure(text: "212.000 Haushalte", value: 212_000, unit: "household"), restates: true),
    ])
    func twoMentionsOfOneFigure(_ example: Pair) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire", language: "de")
        story.sentence(a, "\(example.left.text) zuerst.", [example.left])
        story.sentence(a, "Dann \(example.right.text).", [example.right])
        let facts = story.claims.map { ClaimFacts(claim: $0, article: story.articles[0], lexicon: .forLanguage("de")) }
        let restates = FigureClusters.isRestatable(facts[0]) && FigureClusters.isRestatable(facts[1])
            && FigureClusters.restates(facts[0], facts[1])
        #expect(restates == example.restates)
    }
}

import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// A vague amount ("Thousands", "Tausende", "dozens of") joins the group of the figure its own report gives further
/// down and allows, when other reports give that figure too (`FigureClusters.joiningVagueAmounts`); it stays apart when
/// it follows the figure, when the figure is a part of it, when only its own report gives the figure, and when another
/// measure counts the figure. Invented sentences.
@Suite struct VagueAmountOfItsReportTests {
    typealias Figure = StoryBuilder.Figure

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var language: String
        /// The vague report's sentences in order, each with its one figure; `vague` is the index of the vague amount's.
        var report: [(sentence: String, figure: Figure)]
        var vague: Int
        /// The index of the report's figure the vague amount may stand for.
        var exact: Int
        /// Another report's sentence and figure, or none.
        var other: (sentence: String, figure: Figure)?
        var joins: Bool
        var testDescription: String { "\(name) → \(joins ? "one group" : "apart")" }
    }

    static let thousands = Figure(text: "Thousands", value: nil, qualifier: .atLeast, low: 2000)
    static let tausende = Figure(text: "Tausende", value: nil, qualifier: .atLeast, low: 2000)

    static let cases: [Case] = [
        Case(
            name: "a headline's thousands, then the body's 6,000", language: "en",
            report: [
                ("Thousands march against the new bypass", thousands),
                ("About 6,000 people walked from the station to the town hall, police said.",
                 Figure(text: "About 6,000 people", value: 6000, qualifier: .about)),
            ], vague: 0, exact: 1,
            other: ("Police counted 6,000 marchers.", Figure(text: "6,000 marchers", value: 6000)), joins: true),
        Case(
            name: "ein Vorspann mit Tausenden, dann 4.500 Beschäftigte", language: "de",
            report: [
                ("Tausende legen im Hafen die Arbeit nieder.", tausende),
                ("Nach Angaben der Gewerkschaft streiken rund 4.500 Beschäftigte.",
                 Figure(text: "rund 4.500 Beschäftigte", value: 4500, qualifier: .about)),
            ], vague: 0, exact: 1,
            other: ("Im Hafen streikten 4.500 Beschäftigte.", Figure(text: "4.500 Beschäftigte", value: 4500)), joins: true),
        Case(
            name: "thousands after the 6,000", language: "en",
            report: [
                ("About 6,000 people walked from the station to the town hall, police said.",
                 Figure(text: "About 6,000 people", value: 6000, qualifier: .about)),
                ("Thousands watched from the pavements.", thousands),
            ], vague: 1, exact: 0,
            other: ("Police counted 6,000 marchers.", Figure(text: "6,000 marchers", value: 6000)), joins: false),
        Case(
            name: "the figure a part of the thousands", language: "en",
            report: [
                ("Thousands queued at the gates before kick-off.", thousands),
                ("Some 3,000 of them had no tickets.", Figure(text: "Some 3,000", value: 3000, qualifier: .about)),
            ], vague: 0, exact: 1,
            other: ("About 3,000 fans had no tickets.", Figure(text: "About 3,000 fans", value: 3000, qualifier: .about)),
            joins: false),
        Case(
            name: "nur der eigene Bericht nennt die Zahl", language: "de",
            report: [
                ("Tausende Migranten sind auf den Inseln angekommen.", tausende),
                ("Eine Fähre mit fast 2.500 Migranten wird am Abend erwartet.",
                 Figure(text: "fast 2.500 Migranten", value: 2500, qualifier: .about)),
            ], vague: 0, exact: 1, other: nil, joins: false),
        Case(
            name: "the figure of another measure", language: "en",
            report: [
                ("Thousands gathered in the square.", thousands),
                ("About 3,000 officers were deployed.",
                 Figure(text: "About 3,000 officers", value: 3000, qualifier: .about, measure: "deployed")),
            ], vague: 0, exact: 1,
            other: ("Some 3,000 officers were deployed.",
                    Figure(text: "Some 3,000 officers", value: 3000, qualifier: .about, measure: "deployed")),
            joins: false),
    ]

    @Test(arguments: cases)
    func aVagueAmountAndItsReportsFigure(_ example: Case) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire", language: example.language)
        let b = story.article(publisher: "Paper", language: example.language)
        for (sentence, figure) in example.report { story.sentence(a, sentence, [figure]) }
        if let other = example.other { story.sentence(b, other.sentence, [other.figure]) }
        let result = reconcile(story)
        let (vague, exact) = ("c\(example.vague + 1)", "c\(example.exact + 1)")
        if example.other != nil {
            #expect(together(exact, "c\(example.report.count + 1)", in: result), "\(result.groups.map(\.claims))")
        }
        #expect(together(vague, exact, in: result) == example.joins, "\(result.groups.map(\.claims))")
    }

    struct Magnitude: Sendable, CustomTestStringConvertible {
        var low: Double
        var number: Double
        var allows: Bool
        var testDescription: String { "at least \(Int(low)) vaguely → \(Int(number)): \(allows)" }
    }

    /// A vague amount allows the numbers of its order of magnitude: from its lower bound up to ten times it.
    @Test(arguments: [
        Magnitude(low: 2000, number: 9000, allows: true), Magnitude(low: 2000, number: 2000, allows: true),
        Magnitude(low: 2000, number: 25000, allows: false), Magnitude(low: 2000, number: 1500, allows: false),
        Magnitude(low: 24, number: 41, allows: true), Magnitude(low: 200, number: 140, allows: false),
    ])
    func aVagueAmountAllowsItsOrderOfMagnitude(_ example: Magnitude) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire")
        story.sentence(a, "Many came.", [Figure(text: "Many", value: nil, qualifier: .atLeast, low: example.low)])
        story.sentence(a, "Then \(Int(example.number)) came.", [Figure(text: "\(Int(example.number))", value: example.number)])
        let facts = story.claims.map { ClaimFacts(claim: $0, article: story.articles[0], lexicon: .forLanguage("en")) }
        #expect(FigureClusters.allowsByMagnitude(facts[0], facts[1]) == example.allows)
        #expect(!FigureClusters.allowsByMagnitude(facts[1], facts[0]))
    }
}

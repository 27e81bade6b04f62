import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// Round 33 (groups33): a report's vague amount ("Hunderte", "dozens of", "Tausende") that its own report does not
/// quantify joins the story's one group of its unit whose figures it allows (its order of magnitude), when that group
/// holds a figure of its measure (`FigureClusters.joiningVagueAmountsToTheOnlyFigure`). It stays apart when two groups of
/// its unit hold figures it allows (of any measure), when one report alone gives the figure, when the group counts
/// another act, and when the figures lie beyond its magnitude.
/// Invented sentences.
@Suite struct VagueAmountOfTheStoryTests {
    typealias Figure = StoryBuilder.Figure

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var language: String
        /// The vague report's one sentence and its vague amount.
        var vague: (sentence: String, figure: Figure)
        /// Other reports' sentences, one report each, one figure each.
        var others: [(sentence: String, figure: Figure)]
        /// The other report whose figure the vague amount should stand beside, or none.
        var joins: Int?
        var testDescription: String { "\(name) → \(joins.map { "with report \($0 + 2)" } ?? "apart")" }
    }

    static func vague(_ text: String, _ low: Double, unit: String = "person", measure: String? = nil) -> Figure {
        Figure(text: text, value: nil, qualifier: .atLeast, low: low, unit: unit, measure: measure)
    }

    static let cases: [Case] = [
        Case(
            name: "Hunderte Freiwillige, anderswo rund 1.200 Helfer", language: "de",
            vague: ("Hunderte Freiwillige halfen am Strand.", vague("Hunderte Freiwillige", 200)),
            others: [
                ("Rund 1.200 Helfer waren am Strand.", Figure(text: "Rund 1.200 Helfer", value: 1200, qualifier: .about)),
                ("Etwa 1.200 Freiwillige kamen.", Figure(text: "Etwa 1.200 Freiwillige", value: 1200, qualifier: .about)),
            ], joins: 0),
        Case(
            name: "dozens of patients, elsewhere 130 patients", language: "en",
            vague: ("Dozens of patients had their surgery postponed.", vague("Dozens of patients", 24)),
            others: [
                ("The clinic named 130 patients.", Figure(text: "130 patients", value: 130)),
                ("About 130 patients were told by letter.", Figure(text: "About 130 patients", value: 130, qualifier: .about)),
            ], joins: 0),
        Case(
            name: "Tausende Fans, anderswo 12.000 Besucher", language: "de",
            vague: ("Tausende Fans feierten bis in die Nacht.", vague("Tausende Fans", 2000)),
            others: [
                ("Rund 12.000 Besucher kamen zum Festival.", Figure(text: "Rund 12.000 Besucher", value: 12000, qualifier: .about)),
                ("Some 12,000 people attended.", Figure(text: "Some 12,000 people", value: 12000, qualifier: .about)),
            ], joins: 0),
        Case(
            name: "Dutzende Frachtschiffe, anderswo 214 Schiffe", language: "de",
            vague: ("Dutzende Frachtschiffe liegen am Pegel fest.", vague("Dutzende Frachtschiffe", 24, unit: "ship")),
            others: [
                ("214 Frachtschiffe warten auf Wasser.", Figure(text: "214 Frachtschiffe", value: 214, unit: "ship")),
                ("214 vessels are stuck.", Figure(text: "214 vessels", value: 214, unit: "ship")),
            ], joins: 0),
        Case(
            name: "dozens beside two groups of their size", language: "en",
            vague: ("Dozens of people were seen on the pier.", vague("Dozens of people", 24)),
            others: [
                ("About 100 people were evacuated.",
                 Figure(text: "About 100 people", value: 100, qualifier: .about, measure: "evacuated")),
                ("Some 150 people were injured.",
                 Figure(text: "Some 150 people", value: 150, qualifier: .about, measure: "wounded")),
                ("About 150 people were hurt.", Figure(text: "About 150 people", value: 150, qualifier: .about)),
            ], joins: nil),
        Case(
            name: "thousands gathered, 3,000 officers deployed", language: "en",
            vague: ("Thousands gathered in the square.", vague("Thousands", 2000)),
            others: [
                ("About 3,000 officers were deployed.",
                 Figure(text: "About 3,000 officers", value: 3000, qualifier: .about, measure: "deployed")),
            ], joins: nil),
        Case(
            name: "Dutzende Patienten, anderswo 430 Patienten", language: "de",
            vague: ("Dutzende Patienten warten auf ihre Operation.", vague("Dutzende Patienten", 24)),
            others: [
                ("430 Patienten müssen warten.", Figure(text: "430 Patienten", value: 430)),
                ("430 patients must wait.", Figure(text: "430 patients", value: 430)),
            ], joins: nil),
        Case(
            name: "Tausende bei der Mahnwache, ein anderer Bericht mit 15.200 Bürgern", language: "de",
            vague: ("Tausende kamen zur Mahnwache.", vague("Tausende", 2000)),
            others: [
                ("Seit April kamen 15.200 Bürger ins Büro der Stadträtin.", Figure(text: "15.200 Bürger", value: 15200)),
            ], joins: nil),
    ]

    @Test(arguments: cases)
    func aVagueAmountJoinsTheStorysOnlyFigureOfItsSize(_ example: Case) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire", language: example.language)
        story.sentence(a, example.vague.sentence, [example.vague.figure])
        for (offset, other) in example.others.enumerated() {
            let article = story.article(publisher: "Paper \(offset)", language: example.language)
            story.sentence(article, other.sentence, [other.figure])
        }
        let result = reconcile(story)
        for (offset, _) in example.others.enumerated() {
            let joins = example.joins.map { _ in true } ?? false
            let sameGroupAsTarget = example.joins.map { together("c\($0 + 2)", "c\(offset + 2)", in: result) } ?? false
            // With a target, the vague amount stands beside every other report's figure of the target's group.
            if joins && sameGroupAsTarget {
                #expect(together("c1", "c\(offset + 2)", in: result), "\(result.groups.map(\.claims))")
            }
            if !joins {
                #expect(!together("c1", "c\(offset + 2)", in: result), "\(result.groups.map(\.claims))")
            }
        }
        if let target = example.joins {
            #expect(together("c1", "c\(target + 2)", in: result), "\(result.groups.map(\.claims))")
        }
    }
}

import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// A denial's counter-figure without a measure joins the figure it answers — the first figure of its unit in the sentence
/// before, claimed by a party — and the group is disputed (`FigureClusters+MeasurelessCounters.swift`). A later figure of
/// the denial's sentence (a comparison), a figure on the writer's own authority, a figure without a unit or two sentences
/// of the same number stay apart. Invented sentences.
@Suite struct MeasurelessCounterFigureTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var language: String
        var unit: String?
        /// The accusation's sentence, its figures (text, value) and who gives them (`nil`: the writer's own voice).
        var accusation: (sentence: String, figures: [(String, Double)], source: String?)
        /// The denial's sentence and its figures.
        var denial: (sentence: String, figures: [(String, Double)])
        /// Whether the denial's first figure ends beside the accusation's first.
        var joins: Bool
        /// Whether the denial's second figure (if any) ends beside the accusation's first.
        var secondJoins = false
        var testDescription: String { "«\(denial.figures[0].0)» against «\(accusation.figures[0].0)» → \(joins ? "one disputed group" : "apart")" }
    }

    static let cases: [Case] = [
        Case(
            language: "de", unit: "tonne",
            accusation: ("Die Gewerkschaft wirft der Firma vor, rund 60 Tonnen gelagert zu haben, obwohl nur 25 Tonnen erlaubt seien.",
                [("rund 60 Tonnen", 60), ("25 Tonnen", 25)], "union"),
            denial: ("Die Firma bestreitet das und spricht von etwa 22 Tonnen.", [("etwa 22 Tonnen", 22)]), joins: true),
        Case(
            language: "en", unit: "percent",
            accusation: ("Campaigners say nearly 30 percent of the water is lost in the pipes.", [("nearly 30 percent", 30)], "campaigners"),
            denial: ("The utility rejects that, putting its losses at about 8 percent, below the national average of 12 percent.",
                [("about 8 percent", 8), ("12 percent", 12)]), joins: true, secondJoins: false),
        Case(
            language: "en", unit: "report",
            accusation: ("Tenants said they had filed more than 40 reports about the smell of gas.", [("more than 40 reports", 40)], "tenants"),
            denial: ("The landlord denied this, saying it had received only three reports.", [("only three reports", 3)]), joins: true),
        // The writer's own figure is the story's fact, not what the denier contests.
        Case(
            language: "en", unit: "tonne",
            accusation: ("About 60 tonnes were stored in the hall.", [("About 60 tonnes", 60)], nil),
            denial: ("The firm denied the accusation, saying it held some 22 tonnes.", [("some 22 tonnes", 22)]), joins: false),
        // A bare number (no unit) says too little of what it counts.
        Case(
            language: "de", unit: nil,
            accusation: ("Anwohner sprechen von mehr als 40 Vorfällen.", [("mehr als 40", 40)], "residents"),
            denial: ("Die Stadt weist das zurück: Es habe nur drei gegeben.", [("nur drei", 3)]), joins: false),
    ]

    @Test(arguments: cases)
    func aDenialsFigureWithoutAMeasure(_ example: Case) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire", language: example.language)
        let b = story.article(publisher: "Paper", language: example.language)
        let c = story.article(publisher: "Daily", language: example.language)
        story.sentence(a, example.accusation.sentence, example.accusation.figures.map {
            StoryBuilder.Figure(text: $0.0, value: $0.1, qualifier: .about, unit: example.unit, source: example.accusation.source)
        })
        let accused = "c1"
        let firstCounter = "c\(story.claims.count + 1)"
        story.sentence(a, example.denial.sentence, example.denial.figures.map {
            StoryBuilder.Figure(text: $0.0, value: $0.1, qualifier: .about, unit: example.unit)
        })
        let secondCounter = example.denial.figures.count > 1 ? "c\(story.claims.count)" : nil
        story.statement(a, subject: "firm", predicate: "denies", object: nil, source: "firm", deniedBy: "firm")
        story.shareSentence("c\(story.claims.count)", with: firstCounter)
        // Other reports give each number alone, so that each would otherwise seed a group of its own.
        let (value, counter) = (example.accusation.figures[0].1, example.denial.figures[0].1)
        story.sentence(b, "Reports put it at \(Int(value)).", [StoryBuilder.Figure(text: "\(Int(value))", value: value, unit: example.unit)])
        story.sentence(c, "The firm put it at \(Int(counter)).", [StoryBuilder.Figure(text: "\(Int(counter))", value: counter, unit: example.unit)])
        let result = reconcile(story)
        #expect(together(accused, firstCounter, in: result) == example.joins, "\(result.groups.map(\.claims))")
        if example.joins { #expect(group(of: firstCounter, in: result)?.status == .disputed) }
        if let secondCounter {
            #expect(together(accused, secondCounter, in: result) == example.secondJoins, "\(result.groups.map(\.claims))")
        }
    }
}

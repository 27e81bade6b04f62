import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// A count of people with a generic noun ("Menschen", "people") left without a measure does not join a count of
/// people the story names by their role (`deployed`: "Einsatzkräfte", "officers") when the other reports of its
/// language name that count with another noun (`FigureClusters+CountedNouns.swift`); with the role's own noun, or in
/// another language only, it still joins. Invented sentences.
@Suite struct RoleCountTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var language: String
        var first: (sentence: String, figure: String, value: Double)
        var second: (sentence: String, figure: String, value: Double)
        /// The third report's sentence and figure, without a measure.
        var third: (sentence: String, figure: String, value: Double)
        var thirdLanguage: String? = nil
        var apart: Bool
        var testDescription: String { "«\(third.figure)» beside «\(first.figure)» → \(apart ? "apart" : "one figure")" }
    }

    static let cases: [Case] = [
        Case(
            language: "de", first: ("Rund 90 Einsatzkräfte sicherten die Unglücksstelle.", "Rund 90 Einsatzkräfte", 90),
            second: ("Am Morgen waren 95 Einsatzkräfte vor Ort.", "95 Einsatzkräfte", 95),
            third: ("Über 100 Menschen kamen am Abend zu einer Andacht.", "Über 100 Menschen", 100), apart: true),
        Case(
            language: "en", first: ("About 2,400 officers were deployed in the city.", "About 2,400 officers", 2400),
            second: ("Police said 2,500 officers were on duty.", "2,500 officers", 2500),
            third: ("About 2,000 people marched through the centre.", "About 2,000 people", 2000), apart: true),
        // The role's own noun: the same count, though the verb gives no measure.
        Case(
            language: "en", first: ("About 2,400 officers were deployed in the city.", "About 2,400 officers", 2400),
            second: ("Police said 2,500 officers were on duty.", "2,500 officers", 2500),
            third: ("About 2,300 officers lined the route.", "About 2,300 officers", 2300), apart: false),
        // Only a report in another language names the role: no evidence, the figure joins as before.
        Case(
            language: "en", first: ("About 2,400 officers were deployed in the city.", "About 2,400 officers", 2400),
            second: ("Police said 2,500 officers were on duty.", "2,500 officers", 2500),
            third: ("Rund 2.400 Menschen waren im Einsatz.", "Rund 2.400 Menschen", 2400), thirdLanguage: "de", apart: false),
    ]

    @Test(arguments: cases)
    func aGenericCountBesideARoleCount(_ example: Case) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire", language: example.language)
        let b = story.article(publisher: "Paper", language: example.language)
        let c = story.article(publisher: "Blog", language: example.thirdLanguage ?? example.language)
        story.sentence(a, example.first.sentence, [
            StoryBuilder.Figure(text: example.first.figure, value: example.first.value, qualifier: .about, measure: "deployed")
        ])
        story.sentence(b, example.second.sentence, [
            StoryBuilder.Figure(text: example.second.figure, value: example.second.value, measure: "deployed")
        ])
        story.sentence(c, example.third.sentence, [
            StoryBuilder.Figure(text: example.third.figure, value: example.third.value, qualifier: .about)
        ])
        let result = reconcile(story)
        #expect(together("c1", "c2", in: result), "\(result.groups.map(\.claims))")
        #expect(together("c1", "c3", in: result) == !example.apart, "\(result.groups.map(\.claims))")
    }

    @Test(arguments: ["mensc", "perso", "leute", "peopl"])
    func genericNounsOfBothLanguages(noun: String) {
        #expect(FigureClusters.genericNouns.contains(noun))
    }

    @Test func deployedIsARoleCount() {
        #expect(ReconcileLexicon.roleCountedMeasures.contains("deployed"))
    }
}

import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// A count left without a measure does not join a group of a role count (`deployed`, `employed`) that states none of its
/// numbers, whatever its noun and language (`FigureClusters.isAnotherCountBesideARole`); the role count's own number
/// stated again, a number whose rounding allows it, and a rival another named source sets against it still join, and
/// groups of other measures are untouched. Invented sentences.
@Suite struct AnotherCountBesideARoleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var measure: String
        var language: String
        var first: (sentence: String, figure: String, value: Double)
        var second: (sentence: String, figure: String, value: Double)
        /// The third report's sentence and figure, without a measure.
        var third: (sentence: String, figure: String, value: Double)
        var thirdLanguage: String? = nil
        var apart: Bool
        var testDescription: String { "«\(third.figure)» beside \(measure) «\(first.figure)» → \(apart ? "apart" : "one figure")" }
    }

    static let cases: [Case] = [
        // The crowd beside the police on duty.
        Case(
            measure: "deployed", language: "en",
            first: ("About 1,500 officers were deployed around the stadium.", "About 1,500 officers", 1500),
            second: ("Police said 1,500 officers were on duty.", "1,500 officers", 1500),
            third: ("About 3,000 supporters waited at the gates.", "About 3,000 supporters", 3000), apart: true),
        // One plant's strikers beside the whole workforce.
        Case(
            measure: "employed", language: "de",
            first: ("Der Hersteller beschäftigt rund 8.200 Mitarbeiterinnen und Mitarbeiter.", "rund 8.200 Mitarbeiterinnen", 8200),
            second: ("Bei dem Unternehmen arbeiten 8.200 Menschen.", "8.200 Menschen", 8200),
            third: ("Rund 5.100 Monteure legten am Morgen die Arbeit nieder.", "Rund 5.100 Monteure", 5100), apart: true),
        // The role count's number again, in another language and without the role's verb: one figure.
        Case(
            measure: "deployed", language: "en",
            first: ("About 1,500 officers were deployed around the stadium.", "About 1,500 officers", 1500),
            second: ("Police said 1,500 officers were on duty.", "1,500 officers", 1500),
            third: ("Rund 1.500 Polizisten sicherten das Spiel.", "Rund 1.500 Polizisten", 1500), thirdLanguage: "de",
            apart: false),
        // A number its rounding allows (within a tenth): one figure.
        Case(
            measure: "employed", language: "en",
            first: ("The group employs about 8,200 people.", "about 8,200 people", 8200),
            second: ("Its payroll lists 8,200 staff.", "8,200 staff", 8200),
            third: ("Nearly 7,800 staff signed the letter.", "Nearly 7,800 staff", 7800), apart: false),
        // Not a role count: a figure without a measure of the same size still joins the evacuated.
        Case(
            measure: "evacuated", language: "en",
            first: ("About 1,500 residents were evacuated overnight.", "About 1,500 residents", 1500),
            second: ("Officials said 1,500 residents were evacuated.", "1,500 residents", 1500),
            third: ("About 2,000 residents spent the night in schools.", "About 2,000 residents", 2000), apart: false),
    ]

    @Test(arguments: cases)
    func aCountBesideARoleCount(_ example: Case) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire", language: example.language)
        let b = story.article(publisher: "Paper", language: example.language)
        let c = story.article(publisher: "Blog", language: example.thirdLanguage ?? example.language)
        story.sentence(a, example.first.sentence, [
            StoryBuilder.Figure(text: example.first.figure, value: example.first.value, qualifier: .about, measure: example.measure)
        ])
        story.sentence(b, example.second.sentence, [
            StoryBuilder.Figure(text: example.second.figure, value: example.second.value, measure: example.measure)
        ])
        story.sentence(c, example.third.sentence, [
            StoryBuilder.Figure(text: example.third.figure, value: example.third.value, qualifier: .about)
        ])
        let result = reconcile(story)
        #expect(together("c1", "c2", in: result), "\(result.groups.map(\.claims))")
        #expect(together("c1", "c3", in: result) == !example.apart, "\(result.groups.map(\.claims))")
    }

    /// A rival another named source sets against the role count in the same sentence joins it: the count disputed.
    @Test func aNamedRivalStillJoins() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire")
        let b = story.article(publisher: "Paper")
        story.sentence(a, "About 1,500 officers were deployed, police said.", [
            StoryBuilder.Figure(text: "About 1,500 officers", value: 1500, qualifier: .about, measure: "deployed", source: "police")
        ])
        story.sentence(b, "Police said about 1,500 officers were deployed, while the club counted 2,600.", [
            StoryBuilder.Figure(text: "about 1,500 officers", value: 1500, qualifier: .about, measure: "deployed", source: "police"),
            StoryBuilder.Figure(text: "2,600", value: 2600, source: "club"),
        ])
        let result = reconcile(story)
        #expect(together("c1", "c2", in: result) && together("c2", "c3", in: result), "\(result.groups.map(\.claims))")
    }

    /// A count the role count of its size keeps out does not take the next group of its size, of another measure whose
    /// numbers it cannot state: the supporters are neither the police on duty nor the evacuated residents.
    @Test func aCountKeptOutOfARoleCountTakesNoOtherMeasuredGroup() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire")
        let b = story.article(publisher: "Paper")
        let c = story.article(publisher: "Blog")
        story.sentence(a, "About 1,500 officers were deployed around the stadium.", [
            StoryBuilder.Figure(text: "About 1,500 officers", value: 1500, qualifier: .about, measure: "deployed")
        ])
        story.sentence(b, "Police said 1,500 officers were on duty.", [
            StoryBuilder.Figure(text: "1,500 officers", value: 1500, measure: "deployed")
        ])
        story.sentence(a, "About 2,000 residents were evacuated from the streets nearby.", [
            StoryBuilder.Figure(text: "About 2,000 residents", value: 2000, qualifier: .about, measure: "evacuated")
        ])
        story.sentence(b, "The city said 2,000 residents were evacuated.", [
            StoryBuilder.Figure(text: "2,000 residents", value: 2000, measure: "evacuated")
        ])
        story.sentence(c, "About 2,600 supporters waited at the gates.", [
            StoryBuilder.Figure(text: "About 2,600 supporters", value: 2600, qualifier: .about)
        ])
        let result = reconcile(story)
        let groups = "\(result.groups.map(\.claims))"
        #expect(together("c1", "c2", in: result) && together("c3", "c4", in: result), "\(groups)")
        #expect(!together("c5", "c1", in: result) && !together("c5", "c3", in: result), "\(groups)")
    }

    @Test func roleCountsAreDeployedAndEmployed() {
        #expect(ReconcileLexicon.roleCountedMeasures == ["deployed", "employed"])
    }
}

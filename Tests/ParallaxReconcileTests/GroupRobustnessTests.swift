import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// The grouping rules of round 9 (branch groups9), from the misses of a writer studied for the first time
/// (dev6): grouping made robust to the claims stage's readings — kinds of people counted as people, an
/// order-independent seeding of figures without a measure, conversions rounded by the writer, and a denier's
/// counter-figure meeting the figure it answers. Invented figures.
@Suite struct GroupRobustnessTests {
    typealias Figure = StoryBuilder.Figure

    /// The ill counted as patients, cases, children or people are one toll ("mehr als 150 Erkrankte",
    /// "mehr als 150 Fälle", "Über 160 Menschen erkrankt").
    @Test(arguments: ["patient", "case", "child", "person"])
    func theIllCountedInAnyKindOfPersonAreOneToll(_ unit: String) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Bote", language: "de"), b = story.article(publisher: "Wire")
        story.quantity(a, 160, .moreThan, unit: "person", measure: "infected")
        story.quantity(b, 150, .moreThan, unit: unit, measure: "infected")
        let result = reconcile(story)
        #expect(together("c1", "c2", in: result), "\(result.groups.map(\.claims))")
    }

    /// A figure without a measure of a kind of person ("6,300 rail workers" a union represents) joins no group
    /// that counts none of its kind (cases of an illness), though both are people.
    @Test(arguments: [("worker", false), ("person", true)])
    func aFigureWithoutAMeasureJoinsOnlyAGroupOfItsKind(_ example: (unit: String, joins: Bool)) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Bote"), b = story.article(publisher: "Wire")
        story.quantity(a, 2100, .moreThan, unit: "case", measure: "infected")
        story.quantity(b, 2600, unit: example.unit, measure: nil)
        let result = reconcile(story)
        #expect(together("c1", "c2", in: result) == example.joins, "\(result.groups.map(\.claims))")
    }

    /// An article that gives two figures without a measure in one unit (386 passengers aboard, a licence for
    /// 450) tells them apart before another article's lone "450 passengers" chooses, whichever comes first.
    @Test(arguments: [true, false])
    func aLoneFigureWithoutAMeasureMeetsTheSameNumber(_ loneFirst: Bool) {
        var story = StoryBuilder()
        let lone = story.article(publisher: "Herald")
        let both = story.article(publisher: "Bote", language: "de")
        let (first, second) = loneFirst ? (lone, both) : (both, lone)
        for article in [first, second] {
            if article == lone {
                story.quantity(article, 450, unit: "passenger", measure: nil)
            } else {
                story.quantity(article, 386, unit: "passenger", measure: nil)
                story.quantity(article, 450, unit: "passenger", measure: nil)
            }
        }
        let result = reconcile(story)
        let loneClaim = loneFirst ? "c1" : "c3"
        let (threeEightySix, fourFifty) = loneFirst ? ("c2", "c3") : ("c1", "c2")
        #expect(together(loneClaim, fourFifty, in: result), "\(result.groups.map(\.claims))")
        #expect(!together(loneClaim, threeEightySix, in: result))
        #expect(group(of: loneClaim, in: result)?.status == .agreed)
    }

    /// A figure converted from another unit states its number to its last digit: "about 22 miles", read with
    /// a stray measure, is the "35 km" its own article and another give; 25 miles is not.
    @Test(arguments: [(22.0, "mile", true), (31.0, "mile", true), (25.0, "mile", false)])
    func aConvertedFigureStatesTheNumberToItsLastDigit(_ example: (value: Double, unit: String, joins: Bool)) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Bote", language: "de")
        let km = (example.value * 1.609344).rounded()
        let kmValue = example.joins ? km : 35
        story.quantity(a, example.value, .about, unit: example.unit, measure: "killed")
        story.quantity(a, kmValue, unit: "kilometre", measure: nil)
        story.quantity(b, kmValue, .about, unit: "kilometre", measure: nil)
        let result = reconcile(story)
        #expect(together("c1", "c3", in: result) == example.joins, "\(result.groups.map(\.claims))")
        #expect(together("c2", "c3", in: result))
    }

    /// A denier's counter-figure ("rejected the accusation, saying … within 40 minutes") joins the figure its
    /// article sets it against ("accused Hallgren of waiting nine hours"), even when another article's
    /// "within 40 minutes" came first: one disputed span.
    @Test func aCounterFigureJoinsTheFigureItAnswers() {
        var story = StoryBuilder()
        let company = story.article(publisher: "Company"), wire = story.article(publisher: "Wire")
        story.sentence(
            company, "The company says it alerted the authorities within 40 minutes.",
            [Figure(text: "within 40 minutes", value: 40, qualifier: .upTo, unit: "minute", measure: "duration")])
        story.sentence(
            wire, "Activists accused the company of waiting nine hours.",
            [Figure(text: "nine hours", value: 9, unit: "hour", measure: "duration", source: "activists")])
        story.sentence(
            wire, "The company rejected the accusation, saying it had notified emergency services within 40 minutes.",
            [Figure(text: "within 40 minutes", value: 40, qualifier: .upTo, unit: "minute", measure: "duration")])
        story.statement(wire, subject: nil, predicate: "denies", object: "accused", deniedBy: "company")
        story.shareSentence("c4", with: "c3")
        let result = reconcile(story)
        #expect(together("c2", "c3", in: result), "\(result.groups.map(\.claims))")
        #expect(group(of: "c2", in: result)?.status == .disputed)
    }

    /// A counter-figure already beside the figure of its own article that it answers leaves that article's
    /// other spans ("vier Tage auf See") where they are.
    @Test func aCounterFigureBesideItsAnswerLeavesOtherSpans() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Bote"), b = story.article(publisher: "Wire")
        story.sentence(a, "The ship had been four days at sea.", [Figure(text: "four days", value: 4, unit: "day", measure: "duration")])
        story.sentence(
            a, "Open Waters says the first boats left more than six hours later.",
            [Figure(text: "more than six hours", value: 6, qualifier: .moreThan, unit: "hour", measure: "duration", source: "open waters")])
        story.sentence(
            a, "The coast guard rejected that: it sent a boat within 40 minutes.",
            [Figure(text: "within 40 minutes", value: 40, qualifier: .upTo, unit: "minute", measure: "duration")])
        story.statement(a, subject: nil, predicate: "denies", object: "accused", deniedBy: "coast guard")
        story.shareSentence("c4", with: "c3")
        story.sentence(b, "The ship had been four days at sea.", [Figure(text: "four days", value: 4, unit: "day", measure: "duration")])
        let result = reconcile(story)
        #expect(together("c2", "c3", in: result), "\(result.groups.map(\.claims))")
        #expect(!together("c1", "c3", in: result))
        #expect(together("c1", "c5", in: result))
    }
}

import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// The grouping rules of round 10 (branch groups10), from the misses of a writer studied for the first time
/// (dev7): a measure and a unit that do not fit each other, bare numbers that must state the same number,
/// and a figure of a noun no lexicon knows meeting one figure read under several measures. Invented figures.
@Suite struct MisfitLabelTests {
    typealias Figure = StoryBuilder.Figure

    /// Which measures fit which units (`Lexicons/measure-units.tsv`).
    @Test(arguments: [
        ("killed", "person", true), ("killed", "tonne", true), ("killed", "percent", true), ("killed", "-", true),
        ("wounded", "kilometre", false), ("distance", "person", false), ("cost", "person", false),
        ("cost", "eur", true),
        ("duration", "hour", true), ("duration", "person", false), ("distance", "kilometre", true),
        ("size", "person", true), ("won", "kilometre", true),
    ])
    func measuresFitUnits(_ example: (measure: String, unit: String, fits: Bool)) {
        #expect(ClaimGrouper.labelsFit(measure: example.measure, unit: example.unit) == example.fits)
    }

    /// A figure whose measure and unit do not fit joins the figure another article gives of what it names:
    /// the label read from other words is dropped ("23 Bergleute" read as a distance keeps its miners;
    /// "zwölf" injured read in metres keeps its verb).
    @Test(arguments: [
        (
            Figure(text: "23 Bergleute", value: 23, unit: "worker", measure: "distance"),
            Figure(text: "23 miners", value: 23, unit: "worker")
        ),
        (
            Figure(text: "mindestens 19 Menschen", value: 19, qualifier: .atLeast, unit: "person", measure: "cost"),
            Figure(text: "at least 19 people", value: 19, qualifier: .atLeast, unit: "person", measure: "killed")
        ),
        (
            Figure(text: "zwölf", value: 12, unit: "metre", measure: "wounded"),
            Figure(text: "12 injured", value: 12, unit: "person", measure: "wounded")
        ),
        (
            Figure(
                text: "between $1.8 billion and $2.6 billion", value: nil, qualifier: .range, low: 1.8e9, unit: "usd",
                measure: "killed or wounded"),
            Figure(text: "bis zu 2,6 Mrd. Dollar", value: 2.6e9, qualifier: .upTo, unit: "usd", measure: "cost")
        ),
    ])
    func aFigureWithMisfitLabelsJoinsWhatItNames(_ example: (misread: Figure, other: Figure)) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Bote", language: "de"), b = story.article(publisher: "Wire")
        story.sentence(a, "Sie fanden \(example.misread.text) in 840 Metern Tiefe.", [example.misread])
        story.sentence(b, "Officials said \(example.other.text).", [example.other])
        let result = reconcile(story)
        #expect(together("c1", "c2", in: result), "\(result.groups.map(\.claims))")
    }

    /// Labels that fit are left alone: tonnes of dead fish stay a toll of their own beside people killed.
    @Test func fittingLabelsAreKept() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Bote", language: "de"), b = story.article(publisher: "Wire")
        story.sentence(
            a, "Mehr als 12 Tonnen Fische verendeten.",
            [Figure(text: "12 Tonnen", value: 12, qualifier: .moreThan, unit: "tonne", measure: "killed")])
        story.sentence(
            b, "12 people were killed.", [Figure(text: "12 people", value: 12, unit: "person", measure: "killed")])
        let result = reconcile(story)
        #expect(!together("c1", "c2", in: result), "\(result.groups.map(\.claims))")
    }

    /// Bare numbers (no unit, no measure) meet only the same number, or a bound that allows it nearby: 14
    /// mines to be inspected are not 23 trapped, "mehr als 60" ambulances not 46 hospitals attacked, while
    /// "Rund 340" operations and "more than 300" are one figure.
    @Test(arguments: [
        (14.0, Quantity.Qualifier.exact, 23.0, Quantity.Qualifier.exact, false),
        (18, .exact, 23, .exact, false),
        (60, .moreThan, 46, .exact, false),
        (340, .about, 300, .moreThan, true),
        (46, .exact, 46, .exact, true),
    ])
    func bareNumbersMeetOnlyTheirNumber(
        _ example: (a: Double, qa: Quantity.Qualifier, b: Double, qb: Quantity.Qualifier, joins: Bool)
    ) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Bote", language: "de"), b = story.article(publisher: "Wire")
        story.sentence(
            a, "Es waren \(Int(example.a)) am Ort.",
            [Figure(text: "\(Int(example.a))", value: example.a, qualifier: example.qa, unit: nil)])
        story.sentence(
            b, "There were \(Int(example.b)) there.",
            [Figure(text: "\(Int(example.b))", value: example.b, qualifier: example.qb, unit: nil)])
        let result = reconcile(story)
        #expect(together("c1", "c2", in: result) == example.joins, "\(result.groups.map(\.claims))")
    }

    /// A figure of a noun no lexicon knows ("Twenty-three" miners) joins the one figure that states its
    /// number, though the other articles read that figure under two measures (joined already).
    @Test func aBareNumberJoinsOneFigureReadUnderSeveralMeasures() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Bote", language: "de"), b = story.article(publisher: "Echo", language: "de")
        let c = story.article(publisher: "Wire")
        story.sentence(
            a, "23 Bergleute sind eingeschlossen.",
            [Figure(text: "23 Bergleute", value: 23, unit: "person", measure: "missing")])
        story.sentence(
            b, "23 Bergleute sitzen fest.",
            [Figure(text: "23 Bergleute", value: 23, unit: "person", measure: "deployed")])
        story.sentence(c, "Twenty-three were trapped.", [Figure(text: "Twenty-three", value: 23, unit: nil)])
        let result = reconcile(story)
        #expect(together("c1", "c2", in: result), "\(result.groups.map(\.claims))")
        #expect(together("c3", "c1", in: result), "\(result.groups.map(\.claims))")
    }
}

import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// The grouping rules of round 11 (branch groups11), from the misses of dev8 (tenth writer): the numbers an
/// article states are evidence that holds where the claims stage's measures do not. Invented figures.
@Suite struct NumberEvidenceTests {
    /// "built for 450 prisoners and holds 640" (no measure read) beside another report's "640 inmates": the 450
    /// is not the 640's rival, and the article's own 640 joins it — whichever article comes first.
    @Test(arguments: [true, false])
    func aFigureDoesNotTakeTheGroupOfANumberItsArticleGivesElsewhere(_ sizeFirst: Bool) {
        var story = StoryBuilder()
        let size = story.article(publisher: "WBC"), both = story.article(publisher: "Caldria First")
        let order = sizeFirst ? [size, both] : [both, size]
        for article in order {
            if article == size {
                story.quantity(article, 640, unit: "person", measure: "size")
            } else {
                story.quantity(article, 450, unit: "person", measure: nil)
                story.quantity(article, 640, unit: "person", measure: nil)
            }
        }
        let result = reconcile(story)
        let (population, capacity, holds) = sizeFirst ? ("c1", "c2", "c3") : ("c3", "c1", "c2")
        #expect(together(population, holds, in: result), "\(result.groups.map(\.claims))")
        #expect(!together(population, capacity, in: result), "\(result.groups.map(\.claims))")
        #expect(group(of: population, in: result)?.status == .agreed)
    }

    /// Two sums without a measure ("at least €600 million" missing, "some €420 million" moved) meet the sums of
    /// their own numbers in another article that tells them apart (420 million transferred, 600 million missing).
    @Test(arguments: [Quantity.Qualifier.about, .exact])
    func twoUnlabelledSumsMeetTheirOwnNumbers(_ qualifier: Quantity.Qualifier) {
        var story = StoryBuilder()
        let daily = story.article(publisher: "Finanzkurier", language: "de"), wire = story.article(publisher: "Harbourline")
        story.quantity(daily, 420_000_000, .about, unit: "eur", measure: "paid")
        story.quantity(daily, 600_000_000, .atLeast, unit: "eur", measure: nil)
        story.quantity(wire, 600_000_000, .atLeast, unit: "eur", measure: nil)
        story.quantity(wire, 420_000_000, qualifier, unit: "eur", measure: nil)
        let result = reconcile(story)
        #expect(together("c1", "c4", in: result), "\(result.groups.map(\.claims))")
        #expect(together("c2", "c3", in: result), "\(result.groups.map(\.claims))")
        #expect(!together("c1", "c3", in: result))
        #expect(group(of: "c1", in: result)?.status == .agreed)
    }

    /// A figure the extractor leaves as it is when the group holds its article's figure again: "50 Personen"
    /// beside the article's own "50" in a group of another article's numbers is that figure, not another.
    @Test func aFigureJoinsTheGroupThatHoldsItAgain() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Standard", language: "de"), b = story.article(publisher: "Presse", language: "de")
        story.quantity(a, 200, unit: "person", measure: "displaced")
        story.quantity(a, 50, unit: "person", measure: "displaced")
        story.quantity(b, 200, unit: "person", measure: "displaced")
        story.quantity(a, 50, unit: "person", measure: nil)
        let result = reconcile(story)
        #expect(together("c2", "c4", in: result), "\(result.groups.map(\.claims))")
    }

    /// A noun-less figure ("mehr als 300.000", read as affected) is the figure another article gives in a unit
    /// with the same number, when one of the two was read without a measure: a label left out contradicts
    /// nothing. Two different measures still keep small things apart, but not this distinctive number.
    @Test(arguments: [(nil, true), ("affected", true)] as [(String?, Bool)])
    func aNounlessFigureMeetsTheSameNumberReadWithoutAMeasure(_ example: (measure: String?, joins: Bool)) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Verbraucherschutz", language: "de"), b = story.article(publisher: "Thalberg", language: "de")
        story.quantity(a, 300_000, .moreThan, unit: "person", measure: example.measure)
        story.quantity(b, 300_000, .moreThan, unit: nil, measure: "affected")
        let result = reconcile(story)
        #expect(together("c1", "c2", in: result) == example.joins, "\(result.groups.map(\.claims))")
    }

    /// The police's "83 people had been injured, eleven of them seriously, among them 14 officers" beside the
    /// union's "14 Kolleginnen und Kollegen wurden verletzt, zwei von ihnen liegen noch im Krankenhaus" and a
    /// paper's "mehr als 80 wurden verletzt, elf davon schwer": the union's 14 is the officers, not a rival of
    /// the 83; its "zwei von ihnen" is a part of the officers, not a rival of the eleven. A count near the
    /// total (75 injured) stays with the total; its part, still in hospital, is a figure of its own.
    @Test(arguments: [(14.0, true), (75.0, false)])
    func aPartysOwnCountMeetsThePartAnotherReportNames(_ example: (union: Double, moves: Bool)) {
        typealias Figure = StoryBuilder.Figure
        var story = StoryBuilder()
        let police = story.article(publisher: "Herald"), paper = story.article(publisher: "Blitz", language: "de")
        let union = story.article(publisher: "PGA", language: "de")
        story.sentence(
            police, "Police said 83 people had been injured, eleven of them seriously, among them 14 officers.",
            [
                Figure(text: "83 people", value: 83, measure: "wounded"), Figure(text: "eleven", value: 11, measure: "wounded"),
                Figure(text: "14 officers", value: 14, measure: "wounded"),
            ])
        story.sentence(
            paper, "Beim Pokalfinale wurden mehr als 80 verletzt, elf davon schwer.",
            [Figure(text: "mehr als 80", value: 80, qualifier: .moreThan, measure: "wounded"), Figure(text: "elf", value: 11, measure: "wounded")])
        let count = String(Int(example.union))
        story.sentence(
            union, "\(count) Kolleginnen und Kollegen wurden dabei verletzt, zwei von ihnen liegen noch im Krankenhaus.",
            [Figure(text: "\(count) Kolleginnen", value: example.union, measure: "wounded"), Figure(text: "zwei", value: 2, measure: "wounded")])
        let result = reconcile(story)
        let groups = "\(result.groups.map(\.claims))"
        #expect(together("c6", "c3", in: result) == example.moves, "\(groups)")
        #expect(together("c6", "c1", in: result) == !example.moves, "\(groups)")
        #expect(together("c2", "c5", in: result), "\(groups)")
        // The union's part is never a rival of the eleven: those still in hospital are counted apart from the seriously
        // injured (round 15, `state:hospital`), whichever whole they are a part of.
        #expect(!together("c7", "c2", in: result), "\(groups)")
        if example.moves { #expect(group(of: "c2", in: result)?.status == .agreed) }
    }
}

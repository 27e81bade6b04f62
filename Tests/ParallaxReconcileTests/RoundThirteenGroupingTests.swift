import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// Round 13 of grouping (branch groups13), studied on dev10: passengers are people counted apart from staff, a
/// further batch written with a number word ("Two more passengers"), a converted figure's rounding, a partitive
/// opening a sentence ("Fourteen of the injured"), the denier's reported speech after a denial, and two named
/// parties' rival counts in one sentence. Invented figures.
@Suite struct RoundThirteenGroupingTests {
    typealias Figure = StoryBuilder.Figure

    struct KindCase: Sendable, CustomTestStringConvertible {
        var first: (unit: String, measure: String?)
        var second: (unit: String, measure: String?)
        var together: Bool
        var testDescription: String {
            "\(first.unit)/\(first.measure ?? "-") beside \(second.unit)/\(second.measure ?? "-") → \(together ? "one" : "two") groups"
        }
    }

    /// "Rund 70 Fahrgäste" and "Rund 70 Menschen" injured are one toll; passengers beside the staff (both affected)
    /// are two counts; without a measure, passengers and people on board (passengers and crew) stay apart.
    @Test(arguments: [
        KindCase(first: ("passenger", "wounded"), second: ("person", "wounded"), together: true),
        KindCase(first: ("passenger", "killed"), second: ("person", "killed"), together: true),
        KindCase(first: ("passenger", "affected"), second: ("worker", "affected"), together: false),
        KindCase(first: ("passenger", nil), second: ("person", nil), together: false),
        KindCase(first: ("worker", "wounded"), second: ("person", "wounded"), together: true),
    ])
    func passengersArePeopleCountedApartFromStaff(_ example: KindCase) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.quantity(a, 70, .about, unit: example.first.unit, measure: example.first.measure)
        story.quantity(b, 70, .about, unit: example.second.unit, measure: example.second.measure)
        let result = reconcile(story)
        #expect(together("c1", "c2", in: result) == example.together, "\(result.groups.map(\.claims))")
    }

    /// A further batch whose number is a word ("Two more passengers died", "three others") adds to the toll of
    /// another article: 6 + 2 = 8, compatible; "more than seven" is a bound, no batch.
    @Test(arguments: [
        ("Two more passengers", "more"),
        ("three others", "others"),
        ("more than seven hours", "than"),
        ("15 more people", "more"),
        ("Sechs Tote", "tote"),
    ])
    func theWordAfterANumberWord(_ example: (text: String, word: String)) {
        #expect(ClaimFacts.wordAfterNumber(in: example.text) == example.word)
    }

    @Test func aFurtherBatchWrittenAsAWordJoinsTheToll() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire", published: "2027-05-14"), b = story.article(publisher: "Granite", published: "2027-05-21")
        story.quantity(a, 6, unit: "person", measure: "killed")
        story.sentence(b, "Two more passengers died in hospital, bringing the death toll to eight.", [
            Figure(text: "Two more passengers", value: 2, unit: "passenger", measure: "killed"),
            Figure(text: "eight", value: 8, unit: "person", measure: "killed"),
        ])
        let result = reconcile(story)
        #expect(together("c1", "c2", in: result) && together("c1", "c3", in: result), "\(result.groups.map(\.claims))")
        #expect(group(of: "c1", in: result)?.status == .compatible, "\(result.groups.map(\.explanation))")
    }

    /// A figure converted from another unit allows the rounding of its last digit: "a 1.2-mile radius" is 1.85…2.01
    /// km, so it states "zwei Kilometer"; "two miles" states "drei Kilometer"; 1.2 miles is not 2.5 km.
    @Test(arguments: [
        (1.2, "mile", 2.0, "kilometre", ClaimGroup.Status.agreed),
        (2.0, "mile", 3.0, "kilometre", .agreed),
        (1.2, "mile", 2.5, "kilometre", .conflicting),
    ])
    func aConvertedFigureAllowsItsRounding(_ example: (Double, String, Double, String, ClaimGroup.Status)) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Depesche")
        story.quantity(a, example.0, unit: example.1, measure: "distance")
        story.quantity(b, example.2, unit: example.3, measure: "distance")
        let result = reconcile(story)
        #expect(together("c1", "c2", in: result), "\(result.groups.map(\.claims))")
        #expect(group(of: "c1", in: result)?.status == example.4, "\(result.groups.map(\.explanation))")
    }

    /// "Fourteen of the injured were in a serious condition" counts a part of the injured of the sentence before,
    /// as "14 von ihnen schwer" does in one sentence; "Three of the 40 people" names its whole and stays as it was.
    @Test(arguments: [
        ("Fourteen of the injured were in a serious condition.", "Fourteen of the injured", true),
        ("14 der Verletzten schweben in Lebensgefahr.", "14 der Verletzten", true),
        ("Police said 14 people were treated at the scene.", "14 people", false),
    ])
    func aPartitiveOpeningItsSentenceIsAPart(_ example: (sentence: String, text: String, part: Bool)) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Courier"), b = story.article(publisher: "Wire")
        story.sentence(a, "More than 70 people were injured on Friday.", [Figure(text: "More than 70 people", value: 70, qualifier: .moreThan, measure: "wounded")])
        story.sentence(a, example.sentence, [Figure(text: example.text, value: 14, measure: "wounded")])
        story.sentence(b, "Rund 70 Menschen wurden verletzt, 14 von ihnen schwer.", [
            Figure(text: "Rund 70 Menschen", value: 70, qualifier: .about, measure: "wounded"),
            Figure(text: "14", value: 14, measure: "wounded"),
        ])
        let result = reconcile(story)
        #expect(together("c1", "c3", in: result), "\(result.groups.map(\.claims))")
        #expect(together("c2", "c4", in: result) == example.part, "\(result.groups.map(\.claims))")
        #expect(together("c1", "c2", in: result) == !example.part, "\(result.groups.map(\.claims))")
    }

    /// The denier's reported speech in the sentence after its denial gives the counter-figure: "Sonnenhain weist das
    /// zurück. … die Raumtemperatur habe zu keinem Zeitpunkt 29 Grad überschritten, erklärte ein Sprecher" against
    /// "bis zu 36 Grad" is disputed; the accuser speaking again ("Nach Darstellung der Gewerkschaft …") is not (two
    /// upper bounds: compatible).
    @Test(arguments: [("sonnenhain", ClaimGroup.Status.disputed), ("pflegewacht", .compatible)])
    func theDeniersNextSentenceGivesCounterFigures(_ example: (speaker: String, status: ClaimGroup.Status)) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Bote"), b = story.article(publisher: "Northbridge")
        story.statement(a, subject: "sonnenhain", predicate: "denies", object: nil)
        story.sentence(a, "Die Raumtemperatur habe zu keinem Zeitpunkt 29 Grad überschritten, erklärte ein Sprecher.", [
            Figure(text: "29 Grad", value: 29, qualifier: .upTo, unit: "degree", source: example.speaker, hedged: true)
        ])
        story.sentence(b, "Temperatures of up to 36 degrees were measured in the rooms.", [
            Figure(text: "up to 36 degrees", value: 36, qualifier: .upTo, unit: "degree")
        ])
        let result = reconcile(story)
        #expect(together("c2", "c3", in: result), "\(result.groups.map(\.claims))")
        #expect(group(of: "c2", in: result)?.status == example.status, "\(result.groups.map(\.explanation))")
    }

    /// Two named parties' counts in one sentence are rivals of one figure ("Nearly 500 passengers were on board,
    /// according to a spokesman, while the operator put the number at around 340"); one party's two numbers in one
    /// sentence stay two things.
    @Test(arguments: [("district office", "mittellandbahn", true), ("mittellandbahn", "mittellandbahn", false)])
    func twoPartiesCountsInOneSentenceAreRivals(_ example: (first: String, second: String, rivals: Bool)) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Courier"), b = story.article(publisher: "Wire")
        story.sentence(a, "Nearly 500 passengers were on board, while the operator put the number at around 340.", [
            Figure(text: "Nearly 500 passengers", value: 500, qualifier: .about, unit: "passenger", source: example.first),
            Figure(text: "around 340", value: 340, qualifier: .about, unit: "passenger", source: example.second),
        ])
        story.sentence(b, "Etwa 340 Fahrgäste waren an Bord.", [Figure(text: "Etwa 340 Fahrgäste", value: 340, qualifier: .about, unit: "passenger")])
        let result = reconcile(story)
        #expect(together("c2", "c3", in: result), "\(result.groups.map(\.claims))")
        #expect(together("c1", "c2", in: result) == example.rivals, "\(result.groups.map(\.claims))")
        if example.rivals { #expect(group(of: "c1", in: result)?.status == .conflicting, "\(result.groups.map(\.explanation))") }
    }
}

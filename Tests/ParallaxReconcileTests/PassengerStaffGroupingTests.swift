import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// Round 13 of grouping (branch groups13), studied on dev10: passengers are people, counted apart from the staff
/// (`Lexicons/unit-families.tsv`, `apart`). Invented figures. A further batch written with a number word ("Two more
/// passengers") is one, as "15 more people" was. (The round's one-article rules — a converted figure's rounding, a
/// partitive opening a sentence, the denier's reported speech after a denial, two parties' rival counts in one sentence
/// — were not shipped: docs/EVALUATION.md.)
@Suite struct PassengerStaffGroupingTests {

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

    /// The cue after a number holds for numbers written as words; "more than seven" is a bound, no batch.
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

    /// "Two more passengers died …, bringing the death toll to eight" beside another article's six: a further batch
    /// of people (passengers are people), compatible.
    @Test func aFurtherBatchWrittenAsAWordJoinsTheToll() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire", published: "2027-05-14"), b = story.article(publisher: "Granite", published: "2027-05-21")
        story.quantity(a, 6, unit: "person", measure: "killed")
        story.sentence(b, "Two more passengers died in hospital, bringing the death toll to eight.", [
            StoryBuilder.Figure(text: "Two more passengers", value: 2, unit: "passenger", measure: "killed"),
            StoryBuilder.Figure(text: "eight", value: 8, unit: "person", measure: "killed"),
        ])
        let result = reconcile(story)
        #expect(together("c1", "c2", in: result) && together("c1", "c3", in: result), "\(result.groups.map(\.claims))")
        #expect(group(of: "c1", in: result)?.status == .compatible, "\(result.groups.map(\.explanation))")
    }
}

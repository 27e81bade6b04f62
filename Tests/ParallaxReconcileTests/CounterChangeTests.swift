import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// Round 12 of grouping (branch groups12): a denier's counter-figure may give the change an accusation names
/// the other way ("staff cut by 30%", the union says — "numbers were up 4%", the operator replies), and
/// lengths in millimetres and centimetres are one family. Invented figures.
@Suite struct CounterChangeTests {
    struct CounterCase: Sendable, CustomTestStringConvertible {
        var answeredMeasure: String
        var answeredSource: String?
        var together: Bool
        var testDescription: String {
            "\(answeredMeasure) (\(answeredSource ?? "no source")) answered by an increase → \(together ? "one group" : "apart")"
        }
    }

    @Test(arguments: [
        CounterCase(answeredMeasure: "decrease", answeredSource: "union", together: true),
        CounterCase(answeredMeasure: "cut", answeredSource: "union", together: true),
        // The article's own figure of another change ("shares fell 30%") is no accusation the denial answers.
        CounterCase(answeredMeasure: "decrease", answeredSource: nil, together: false),
        // A counter-figure of the same measure answered it before this round, attributed or not.
        CounterCase(answeredMeasure: "increase", answeredSource: nil, together: true),
    ])
    func aCounterFigureAnswersTheChangeTheOtherWay(_ example: CounterCase) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Broadcaster"), b = story.article(publisher: "Trade daily")
        story.quantity(a, 30, unit: "percent", measure: example.answeredMeasure, source: example.answeredSource)
        story.quantity(a, 4, unit: "percent", measure: "increase")
        story.statement(a, subject: "northline", predicate: "denies", object: "cut maintenance staff")
        story.shareSentence("c2", with: "c3")
        story.quantity(b, 30, unit: "percent", measure: example.answeredMeasure, source: example.answeredSource)
        let result = reconcile(story)
        #expect(together("c1", "c2", in: result) == example.together, "\(result.groups.map(\.claims))")
        if example.together {
            #expect(group(of: "c1", in: result)?.status == .disputed, "\(result.groups.map(\.explanation))")
        }
    }

    struct LengthCase: Sendable, CustomTestStringConvertible {
        var first: (Double, String)
        var second: (Double, String)
        var together: Bool
        var testDescription: String { "\(first.0) \(first.1) beside \(second.0) \(second.1)" }
    }

    @Test(arguments: [
        LengthCase(first: (25, "millimetre"), second: (2.5, "centimetre"), together: true),
        LengthCase(first: (110, "millimetre"), second: (11, "centimetre"), together: true),
        LengthCase(first: (25, "millimetre"), second: (25, "centimetre"), together: false),
    ])
    func millimetresAndCentimetresAreOneUnit(_ example: LengthCase) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Broadcaster"), b = story.article(publisher: "News site")
        story.quantity(a, example.first.0, .upTo, unit: example.first.1, measure: nil)
        story.quantity(b, example.second.0, .upTo, unit: example.second.1, measure: "size")
        let result = reconcile(story)
        #expect(together("c1", "c2", in: result) == example.together, "\(result.groups.map(\.claims))")
        if example.together { #expect(group(of: "c1", in: result)?.status == .agreed) }
    }
}

/// Round 12 of grouping: a measurement restated in brackets in another unit of its family ("about 35
/// kilometres (22 miles)", both grouped in kilometres) is the same figure, as one of another family is.
@Suite struct BracketedConversionTests {
    @Test(arguments: [
        ("The detour is about 35 kilometres (22 miles) long.", "about 35 kilometres", 35.0, "kilometre", "22 miles", 22.0, "mile"),
        ("The fire burnt 45 miles (72 km) of forest roads.", "45 miles", 45.0, "mile", "72 km", 72.0, "kilometre"),
    ])
    func aRestatementInAnotherUnitOfItsFamilyStandsBesideIt(
        _ sentence: String, _ first: String, _ firstValue: Double, _ firstUnit: String, _ second: String,
        _ secondValue: Double, _ secondUnit: String
    ) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Local paper")
        story.sentence(a, sentence, [
            .init(text: first, value: firstValue, unit: firstUnit, measure: "size"),
            .init(text: second, value: secondValue, unit: secondUnit, measure: "size"),
        ])
        story.sentence(b, "Die Umleitung ist \(first) lang.", [.init(text: first, value: firstValue, unit: firstUnit, measure: "size")])
        let result = reconcile(story)
        #expect(together("c1", "c2", in: result), "\(result.groups.map(\.claims))")
        #expect(together("c1", "c3", in: result), "\(result.groups.map(\.claims))")
        #expect(group(of: "c1", in: result)?.status == .agreed, "\(result.groups.map(\.explanation))")
    }
}

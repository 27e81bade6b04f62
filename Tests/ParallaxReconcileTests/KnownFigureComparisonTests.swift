import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// A figure set against a known figure in its own sentence (round 34): "497 people, far more than the 412 the operator
/// declared"; "5,1 Millionen Euro, deutlich mehr als die 3,8 Millionen Euro, von denen die Staatsanwaltschaft ausgegangen
/// war". A comparative with the definite article right before the second number makes the two rival figures of one
/// thing: one group, conflicting. Controls stay apart: a bound without the article ("more than 400"), a size ("more than
/// the 450 it was licensed for"), and a comparison that points the other way. Invented sentences, German and English.
@Suite struct KnownFigureComparisonTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var sentence: String
        var figure: String
        var value: Double
        var known: String
        var knownValue: Double
        var unit: String = "person"
        var knownMeasure: String? = nil
        var language: String = "en"
        var together: Bool
        var testDescription: String { "\(sentence) → \(together ? "one group" : "apart")" }
    }

    @Test(arguments: [
        Case(
            sentence: "Investigators found boarding records for 497 people, far more than the 412 the operator declared.",
            figure: "497 people", value: 497, known: "412", knownValue: 412, together: true),
        Case(
            sentence: "Prüfer fanden Zahlungen von 5,1 Millionen Euro, deutlich mehr als die 3,8 Millionen Euro, von denen die Staatsanwaltschaft ausgegangen war.",
            figure: "5,1 Millionen Euro", value: 5_100_000, known: "3,8 Millionen Euro", knownValue: 3_800_000, unit: "eur",
            language: "de", together: true),
        Case(
            sentence: "Police counted 2,000 marchers, fewer than the 5,000 the organisers had registered.",
            figure: "2,000 marchers", value: 2000, known: "5,000", knownValue: 5000, together: true),
        Case(
            sentence: "Die Polizei zählte 2.000 Demonstranten, weniger als die 5.000, die die Veranstalter angemeldet hatten.",
            figure: "2.000 Demonstranten", value: 2000, known: "5.000", knownValue: 5000, language: "de", together: true),
        Case(
            sentence: "Nach Messungen der Umweltschützer flossen 40.000 Liter in den Fluss, achtmal mehr als die 5.000 Liter, die die Firma einräumt.",
            figure: "40.000 Liter", value: 40000, known: "5.000 Liter", knownValue: 5000, unit: "litre", language: "de",
            together: true),
        // Controls: a bound without the article, a size, a comparison pointing the other way.
        Case(
            sentence: "Records list 497 people, more than 412 of whom were rescued.",
            figure: "497 people", value: 497, known: "412", knownValue: 412, together: false),
        Case(
            sentence: "The ferry was carrying 497 people, far more than the 450 it was licensed for.",
            figure: "497 people", value: 497, known: "450", knownValue: 450, knownMeasure: "size", together: false),
        Case(
            sentence: "Die Fähre hatte 497 Menschen an Bord, viel mehr als die 450 Passagiere, für die sie zugelassen war.",
            figure: "497 Menschen", value: 497, known: "450 Passagiere", knownValue: 450, knownMeasure: "size",
            language: "de", together: false),
        Case(
            sentence: "Police counted 5,000 marchers, fewer than the 2,000 the organisers had registered.",
            figure: "5,000 marchers", value: 5000, known: "2,000", knownValue: 2000, together: false),
    ])
    func aFigureComparedWithAKnownOne(_ example: Case) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Herald", language: example.language)
        let b = story.article(publisher: "Courier", language: example.language)
        story.sentence(
            a, example.sentence,
            [
                StoryBuilder.Figure(text: example.figure, value: example.value, unit: example.unit),
                StoryBuilder.Figure(
                    text: example.known, value: example.knownValue, unit: example.unit, measure: example.knownMeasure),
            ])
        story.sentence(
            b, "Die Zahl: \(example.known).",
            [StoryBuilder.Figure(text: example.known, value: example.knownValue, unit: example.unit, measure: example.knownMeasure)])
        let result = reconcile(story)
        #expect(together("c1", "c2", in: result) == example.together, "\(result.groups.map(\.claims))")
        if example.together {
            #expect(group(of: "c1", in: result)?.status == .conflicting, "\(result.groups.map(\.explanation))")
        }
    }
}

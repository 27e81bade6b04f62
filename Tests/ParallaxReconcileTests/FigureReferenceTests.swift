import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// A sentence that names the figure of the sentence before ("the figure", "diese Zahl") and gives another value of the
/// same unit sets a rival against it (round 34): "… worth at least €230 million. Customs itself had put the figure at
/// about €170 million." One group, conflicting. Controls stay apart: "the figure of", "die Zahl der …" (the number of
/// something else), and a sentence without such a name. Invented sentences, German and English.
@Suite struct FigureReferenceTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var first: String
        var figure: String
        var value: Double
        var second: String
        var rival: String
        var rivalValue: Double
        var unit: String = "eur"
        var language: String = "en"
        var together: Bool
        var testDescription: String { "\(first) \(second) → \(together ? "one group" : "apart")" }
    }

    @Test(arguments: [
        Case(
            first: "The seized paintings are worth at least €230 million, the broadcaster reported.", figure: "€230 million",
            value: 230_000_000, second: "Customs itself had put the figure at about €170 million.", rival: "€170 million",
            rivalValue: 170_000_000, together: true),
        Case(
            first: "Nach Angaben der Firma liefen rund 8.000 Liter aus.", figure: "8.000 Liter", value: 8000,
            second: "Umweltschützer halten diese Zahl für zu niedrig; sie sprechen von 40.000 Litern.", rival: "40.000 Litern",
            rivalValue: 40000, unit: "litre", language: "de", together: true),
        Case(
            first: "Rund 3.000 Menschen demonstrierten nach Polizeiangaben.", figure: "3.000 Menschen", value: 3000,
            second: "Die Veranstalter nannten die Angabe falsch und sprachen von 9.000 Teilnehmern.", rival: "9.000 Teilnehmern",
            rivalValue: 9000, unit: "person", language: "de", together: true),
        // Controls: the number of something else, no name of a figure.
        Case(
            first: "The seized paintings are worth at least €230 million, the broadcaster reported.", figure: "€230 million",
            value: 230_000_000, second: "The figure of €170 million paid for the museum's roof was also questioned.",
            rival: "€170 million", rivalValue: 170_000_000, together: false),
        Case(
            first: "Rund 3.000 Menschen demonstrierten nach Polizeiangaben.", figure: "3.000 Menschen", value: 3000,
            second: "Die Zahl der Polizisten lag bei 900.", rival: "900", rivalValue: 900, unit: "person", language: "de",
            together: false),
        Case(
            first: "The seized paintings are worth at least €230 million, the broadcaster reported.", figure: "€230 million",
            value: 230_000_000, second: "The insurer paid out €170 million.", rival: "€170 million",
            rivalValue: 170_000_000, together: false),
        // The name stands after the number: it names that number, not the one of the sentence before.
        Case(
            first: "Bis Jahresende könnten 300.000 Menschen ankommen.", figure: "300.000 Menschen", value: 300_000,
            second: "Hatten 2014 noch 170.000 das Meer überquert, sank diese Zahl danach deutlich.", rival: "170.000",
            rivalValue: 170_000, unit: "person", language: "de", together: false),
    ])
    func aRivalNamingTheFigureBefore(_ example: Case) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Herald", language: example.language)
        let b = story.article(publisher: "Courier", language: example.language)
        story.sentence(a, example.first, [StoryBuilder.Figure(text: example.figure, value: example.value, unit: example.unit)])
        story.sentence(a, example.second, [StoryBuilder.Figure(text: example.rival, value: example.rivalValue, unit: example.unit)])
        story.sentence(b, example.first, [StoryBuilder.Figure(text: example.figure, value: example.value, unit: example.unit)])
        let result = reconcile(story)
        #expect(together("c1", "c2", in: result) == example.together, "\(result.groups.map(\.claims))")
        if example.together {
            #expect(group(of: "c1", in: result)?.status == .conflicting, "\(result.groups.map(\.explanation))")
        }
    }
}

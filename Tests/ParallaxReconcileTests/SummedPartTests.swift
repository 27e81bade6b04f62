import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// A report that splits a count into two parts states in sum the total another report gives, and the parts stand in
/// the total's group (`FigureClusters.joiningSummedParts`); parts of two measures, of money, beside a total their own
/// report gives, a part too small to tell, or a bound, do not. Invented sentences.
@Suite struct SummedPartTests {
    typealias Figure = StoryBuilder.Figure

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var language: String
        /// The report that splits the count: one sentence with its two parts (claims c1 and c2).
        var parts: (sentence: String, first: Figure, second: Figure)
        /// Another report's sentence with the total (claim c3).
        var total: (sentence: String, figure: Figure)
        var joins: Bool
        var testDescription: String { "\(name) → \(joins ? "one group" : "apart")" }
    }

    static let cases: [Case] = [
        Case(
            name: "buses cancelled and late", language: "en",
            parts: ("Thirty-two buses were cancelled and 18 ran late.",
                    Figure(text: "Thirty-two buses", value: 32, unit: "bus"), Figure(text: "18", value: 18, unit: "bus")),
            total: ("The strike hit 50 buses on Monday.", Figure(text: "50 buses", value: 50, unit: "bus")),
            joins: true),
        Case(
            name: "Häuser in zwei Orten geräumt", language: "de",
            parts: ("In Nordheim wurden 120 Häuser geräumt, in Südheim 80.",
                    Figure(text: "120 Häuser", value: 120, unit: "house", measure: "evacuated"),
                    Figure(text: "80", value: 80, unit: "house", measure: "evacuated")),
            total: ("Insgesamt räumte die Feuerwehr rund 200 Häuser.",
                    Figure(text: "rund 200 Häuser", value: 200, qualifier: .about, unit: "house", measure: "evacuated")),
            joins: true),
        Case(
            name: "men and women detained", language: "en",
            parts: ("Officers detained 31 men and 17 women.",
                    Figure(text: "31 men", value: 31, measure: "arrested"), Figure(text: "17 women", value: 17, measure: "arrested")),
            total: ("Police said 48 people were held.", Figure(text: "48 people", value: 48)),
            joins: true),
        Case(
            name: "Patienten in zwei Kliniken", language: "de",
            parts: ("In der Uniklinik liegen elf Patienten, im Kreiskrankenhaus weitere zwölf.",
                    Figure(text: "elf Patienten", value: 11, unit: "patient"), Figure(text: "zwölf", value: 12, unit: "patient")),
            total: ("23 Menschen werden stationär behandelt.", Figure(text: "23 Menschen", value: 23)),
            joins: true),
        Case(
            name: "the dead and the injured are not the injured", language: "en",
            parts: ("26 people died and 20 were injured.",
                    Figure(text: "26 people", value: 26, measure: "killed"), Figure(text: "20", value: 20, measure: "wounded")),
            total: ("Doctors treated 46 injured.", Figure(text: "46 injured", value: 46, measure: "wounded")),
            joins: false),
        Case(
            name: "Geld von Land und Bund", language: "de",
            parts: ("Das Land gibt 30 Millionen Euro, der Bund 20 Millionen Euro.",
                    Figure(text: "30 Millionen Euro", value: 30_000_000, unit: "eur"),
                    Figure(text: "20 Millionen Euro", value: 20_000_000, unit: "eur")),
            total: ("Die Hilfe beläuft sich auf 50 Millionen Euro.", Figure(text: "50 Millionen Euro", value: 50_000_000, unit: "eur")),
            joins: false),
        Case(
            name: "a part too small to tell", language: "en",
            parts: ("Some 400 fans and 3 stewards were in the stand.",
                    Figure(text: "Some 400 fans", value: 400, qualifier: .about), Figure(text: "3 stewards", value: 3)),
            total: ("About 400 people watched.", Figure(text: "About 400 people", value: 400, qualifier: .about)),
            joins: false),
        Case(
            name: "ein Mindestwert ist keine Summe", language: "de",
            parts: ("40 Flüge fielen aus, 22 wurden umgeleitet.",
                    Figure(text: "40 Flüge", value: 40, unit: "flight"), Figure(text: "22", value: 22, unit: "flight")),
            total: ("Mehr als 62 Flüge waren betroffen.",
                    Figure(text: "Mehr als 62 Flüge", value: 62, qualifier: .moreThan, unit: "flight")),
            joins: false),
    ]

    @Test(arguments: cases)
    func partsOfAnotherReportsTotal(_ example: Case) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire", language: example.language)
        let b = story.article(publisher: "Paper", language: example.language)
        story.sentence(a, example.parts.sentence, [example.parts.first, example.parts.second])
        story.sentence(b, example.total.sentence, [example.total.figure])
        let result = reconcile(story, language: example.language)
        let joined = together("c1", "c3", in: result) && together("c2", "c3", in: result)
        #expect(joined == example.joins, "\(result.groups.map(\.claims))")
    }

    /// A report that gives the total beside its parts tells them apart: "Von 90 Beschäftigten arbeiten 60 in der Halle,
    /// 30 im Büro" keeps its 60 and 30 out of another report's 90.
    @Test func aTotalBesideItsOwnParts() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire", language: "de")
        let b = story.article(publisher: "Paper", language: "de")
        story.sentence(a, "Von 90 Beschäftigten arbeiten 60 in der Halle, 30 im Büro.", [
            Figure(text: "90 Beschäftigten", value: 90, unit: "worker"), Figure(text: "60", value: 60, unit: "worker"),
            Figure(text: "30", value: 30, unit: "worker"),
        ])
        story.sentence(b, "Die Firma hat 90 Beschäftigte.", [Figure(text: "90 Beschäftigte", value: 90, unit: "worker")])
        let result = reconcile(story, language: "de")
        #expect(together("c1", "c4", in: result))
        #expect(!together("c2", "c4", in: result) && !together("c3", "c4", in: result), "\(result.groups.map(\.claims))")
    }

    /// The parts join the total's group and the status judge explains them as parts: compatible, not conflicting.
    @Test func partsAreExplainedAsParts() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire", language: "en")
        let b = story.article(publisher: "Paper", language: "en")
        story.sentence(a, "Thirty-two buses were cancelled and 18 ran late.", [
            Figure(text: "Thirty-two buses", value: 32, unit: "bus"), Figure(text: "18", value: 18, unit: "bus"),
        ])
        story.sentence(b, "The strike hit 50 buses on Monday.", [Figure(text: "50 buses", value: 50, unit: "bus")])
        let result = reconcile(story)
        #expect(group(of: "c3", in: result)?.status == .compatible)
    }
}

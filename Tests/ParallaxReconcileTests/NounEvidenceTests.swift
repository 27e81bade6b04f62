import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// Round 12 of grouping (branch groups12): two figures without a unit that state different numbers and name
/// different nouns after them are different things, however close their numbers. Invented figures.
@Suite struct NounEvidenceTests {
    struct NounCase: Sendable, CustomTestStringConvertible {
        var first: (sentence: String, figure: String, value: Double, qualifier: Quantity.Qualifier)
        var second: (sentence: String, figure: String, value: Double, qualifier: Quantity.Qualifier)
        var language = "de"
        var secondLanguage: String? = nil
        var together: Bool
        var testDescription: String { "\(first.sentence) | \(second.sentence) → \(together ? "one group" : "apart")" }
    }

    @Test(arguments: [
        NounCase(
            first: ("Die Spendenwacht prüft jährlich rund 280 Organisationen.", "rund 280", 280, .about),
            second: ("Bereits mehr als 300 Spender haben sich an die Kanzlei gewandt.", "mehr als 300", 300, .moreThan),
            together: false),
        NounCase(
            first: ("Nach zwölf Partien ist er ungeschlagen.", "zwölf", 12, .exact),
            second: ("Es war die erste Pleite nach elf Siegen.", "elf", 11, .exact), together: false),
        // The same number under two nouns is mostly one thing named twice.
        NounCase(
            first: ("Drei Grundschulen bleiben geschlossen.", "Drei", 3, .exact),
            second: ("Der Ausbruch betrifft drei Schulen.", "drei", 3, .exact), together: true),
        // Close numbers with one noun still meet.
        NounCase(
            first: ("Rund 340 geplante Operationen wurden verschoben.", "Rund 340", 340, .about),
            second: ("Mehr als 300 Operationen fielen aus.", "Mehr als 300", 300, .moreThan), together: true),
        // Reports in two languages name one thing with two words.
        NounCase(
            first: ("He ordered checks on some 1,300 bridges.", "some 1,300", 1300, .about),
            second: ("Rund 1.280 Brücken sollen geprüft werden.", "Rund 1.280", 1280, .about), language: "en",
            secondLanguage: "de", together: true),
    ])
    func differentNounsTellCloseNumbersApart(_ example: NounCase) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Watchdog", language: example.language)
        let b = story.article(publisher: "Law firm", language: example.secondLanguage ?? example.language)
        story.sentence(a, example.first.sentence, [.init(text: example.first.figure, value: example.first.value, qualifier: example.first.qualifier, unit: nil)])
        story.sentence(b, example.second.sentence, [.init(text: example.second.figure, value: example.second.value, qualifier: example.second.qualifier, unit: nil)])
        let result = reconcile(story)
        #expect(together("c1", "c2", in: result) == example.together, "\(result.groups.map(\.claims))")
    }
}

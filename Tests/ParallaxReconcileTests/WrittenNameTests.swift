import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// A party label keeps the casing its articles write it with when that casing is more than a capital first letter
/// (round 30): "Quelle: VKB", not "Quelle: Vkb". Shouted text, datelines and labels written in two ways are no evidence.
@Suite struct WrittenNameTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var label: String
        var texts: [String]
        var expected: String?
        var testDescription: String { "\(label) → \(expected ?? "nil")" }
    }

    @Test(arguments: [
        // An abbreviation in running text.
        Case(label: "lkw", texts: ["Nach Angaben der LKW sind drei Brücken gesperrt."], expected: "LKW"),
        // A legal form after a plain word, and a name with an inner capital.
        Case(label: "marlo chemie ag", texts: ["Die Marlo Chemie AG teilte mit, der Schaden sei gering."], expected: "Marlo Chemie AG"),
        Case(label: "mcandrew", texts: ["Inspector Ellen McAndrew said the road would reopen."], expected: "McAndrew"),
        // Beside another abbreviation, an abbreviation is still running text.
        Case(label: "tvb", texts: ["The port of Osterby, TVB, said it had closed two berths."], expected: "TVB"),
        // A plainly written name gives nothing to keep.
        Case(label: "schifferbund arlen", texts: ["Der Schifferbund Arlen sprach von Verlusten."], expected: nil),
        // Only an all-caps headline or a dateline writes it in capitals.
        Case(label: "polizei", texts: ["POLIZEI WARNT VOR BETRÜGERN\nDie Polizei rät zur Vorsicht."], expected: nil),
        Case(label: "harbeck", texts: ["HARBECK, Solvania (Wire) – The council met on Monday."], expected: nil),
        // Written in two ways: the plain capitalisation stays.
        Case(label: "ostwerk", texts: ["Das OSTWERK schließt.", "Das Ostwerk bestätigte die Schließung."], expected: nil),
        // A word inside another word is not the label.
        Case(label: "ag", texts: ["Die AGENTUR meldete, die Tagung sei vertagt."], expected: nil),
    ])
    func writtenForm(_ example: Case) {
        let forms = BriefWriter.writtenForms(of: [example.label: example.texts])
        #expect(forms[example.label] == example.expected)
    }

    /// In a brief, a source label an article writes as an abbreviation reads as the article writes it.
    @Test func theBriefNamesAnAbbreviatedSourceAsWritten() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.quantity(a, 4_000, unit: "person", measure: "evacuated", source: "ndra")
        story.quantity(b, 4_000, unit: "person", measure: "evacuated", source: "ndra")
        story.body(a, "About 4,000 people were evacuated, according to the NDRA.")
        story.body(b, "The NDRA said 4,000 people had left their homes.")
        let text = reconcile(story).brief.map(\.text).joined(separator: "\n")
        #expect(text.contains("according to NDRA"), "\(text)")
        #expect(!text.contains("Ndra"), "\(text)")
    }
}

import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// A group's explanation names parties and statements as the English brief does (round 34): display names instead of
/// the claims' lower-case labels, a statement as a proposition instead of a bare triple, and another measure by what it
/// counts.
@Suite struct ExplanationNameTests {
    @Test func sourcesReadAsNames() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.quantity(a, 4_000, unit: "person", measure: "evacuated", source: "ndra")
        story.quantity(b, 4_000, unit: "person", measure: "evacuated", source: "harbour police")
        story.body(a, "About 4,000 people were evacuated, according to the NDRA.")
        let explanation = reconcile(story).groups.first?.explanation ?? ""
        #expect(explanation.contains("according to NDRA"), "\(explanation)")
        #expect(explanation.contains("according to Harbour Police"), "\(explanation)")
        #expect(!explanation.contains("according to ndra"), "\(explanation)")
    }

    @Test func aStatementReadsAsAProposition() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.statement(a, subject: "ostravia", predicate: "recaptured", object: "halvor district")
        story.statement(b, subject: "ostravia", predicate: "recaptured", object: "halvor district", source: "ostravian military")
        story.statement(b, subject: "veldmark", predicate: "denies", object: "recaptured halvor district", deniedBy: "veldmark")
        let explanation = reconcile(story).groups.first?.explanation ?? ""
        #expect(explanation.contains("Ostravia recaptured Halvor District (a1; a2, according to Ostravian Military)"), "\(explanation)")
        #expect(explanation.contains("Denied by Veldmark (reported in a2)"), "\(explanation)")
    }

    /// "Killed or wounded nine" beside "four killed": the reason says what the nine count, in words.
    @Test func anotherMeasureIsNamedByWhatItCounts() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Radio"), b = story.article(publisher: "Times")
        story.quantity(a, 4, unit: "person", measure: "killed")
        story.quantity(b, 4, unit: "person", measure: "killed")
        story.quantity(b, 9, unit: "person", measure: "killed or wounded")
        let result = reconcile(story)
        let explanation = group(of: "c3", in: result)?.explanation ?? ""
        #expect(explanation.contains("counts another measure (the number of casualties)"), "\(explanation)")
        let brief = result.brief.map(\.text).joined(separator: "\n")
        #expect(brief.contains("counts another measure (the number of casualties)"), "\(brief)")
    }

    /// An act of saying names what was said by a label ("North Korea announced the Kursk region"): the explanation quotes
    /// the report's words instead.
    @Test(arguments: ["announced", "confirmed", "said"])
    func anActOfSayingIsQuoted(_ predicate: String) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire")
        story.statement(a, subject: "ostravia", predicate: predicate, object: "halvor district")
        story.setText("c1", "Ostravia announced that its troops had reached the Halvor district")
        let explanation = reconcile(story).groups.first?.explanation ?? ""
        #expect(explanation.contains("“Ostravia announced that its troops had reached the Halvor district”"), "\(explanation)")
        #expect(!explanation.contains("Halvor District (a1)"), "\(explanation)")
    }

    /// A quotation's words that stand in their own marks are not put in a second pair.
    @Test(arguments: [
        ("\"We will rebuild the bridge\"", "\"We will rebuild the bridge\""),
        ("„Operationen zur Befreiung“", "„Operationen zur Befreiung“"),
        ("the mayor promised a new bridge", "“the mayor promised a new bridge”"),
    ])
    func quotedWordsAreNotQuotedTwice(text: String, expected: String) {
        #expect(ExplanationWriter.quoted(text) == expected)
    }
}

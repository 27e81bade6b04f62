import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// The grammar of the brief's statement sentences (round 28): the verb agrees with a plural party, an assertion
/// that names no doer reads in the passive, a German preposition that governs the dative gets its object in the
/// dative, and the German sources follow the proposition with `so`, in the nominative the display names have.
@Suite struct BriefGrammarTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var language: String
        var subject: String?
        var predicate: String
        var object: String
        var source: String?
        var denier: String
        var expected: String
        var testDescription: String { "\(language) \(subject ?? "no doer") \(predicate)" }
    }

    /// One article asserts the statement, another reports its denial.
    @Test(arguments: [
        Case(
            language: "de", subject: nil, predicate: "recaptured", object: "lessow", source: "piet vandrell",
            denier: "karsenia", expected: "Lessow sei zurückerobert worden, so Piet Vandrell; Karsenia bestreitet dies."),
        Case(
            language: "en", subject: nil, predicate: "recaptured", object: "lessow", source: "piet vandrell",
            denier: "karsenia", expected: "According to Piet Vandrell, Lessow was recaptured; Karsenia disputes this."),
        Case(
            language: "de", subject: "critics", predicate: "accused", object: "mayor", source: nil, denier: "police",
            expected: "Kritiker hätten Mayor beschuldigt, heißt es in einigen Berichten; Polizei bestreitet dies."),
        Case(
            language: "en", subject: "ministry", predicate: "accused", object: "critics", source: nil, denier: "police",
            expected: "Ministry accused critics, according to some reports; the police dispute this."),
        Case(
            language: "de", subject: "north korea", predicate: "deployed", object: "kursk region", source: "south korea",
            denier: "critics",
            expected: "Nordkorea habe Truppen nach der Region Kursk entsandt, so Südkorea; Kritiker bestreiten dies."),
        Case(
            language: "de", subject: nil, predicate: "withdrew", object: "kursk region", source: "south korean intelligence",
            denier: "ukraine",
            expected: "Truppen aus der Region Kursk seien abgezogen worden, so der südkoreanische Geheimdienst; die Ukraine bestreitet dies."),
        // A label of a name and a listed body reads in German word order (round 29); not an adjective, a word of rank,
        // or an English brief.
        Case(
            language: "de", subject: nil, predicate: "recaptured", object: "lessow", source: "varnesia coast guard",
            denier: "karsenia", expected: "Lessow sei zurückerobert worden, so Küstenwache von Varnesia; Karsenia bestreitet dies."),
        Case(
            language: "de", subject: nil, predicate: "recaptured", object: "lessow", source: "brennos intelligence",
            denier: "karsenia", expected: "so Geheimdienst von Brennos;"),
        Case(
            language: "de", subject: nil, predicate: "recaptured", object: "lessow", source: "state environment agency",
            denier: "karsenia", expected: "so State Environment Agency;"),
        Case(
            language: "de", subject: nil, predicate: "recaptured", object: "lessow", source: "varnesian military",
            denier: "karsenia", expected: "so Varnesian Military;"),
        Case(
            language: "de", subject: nil, predicate: "recaptured", object: "lessow", source: "landesamt für wasserwirtschaft",
            denier: "karsenia", expected: "so Landesamt für Wasserwirtschaft;"),
        Case(
            language: "en", subject: nil, predicate: "recaptured", object: "lessow", source: "varnesia coast guard",
            denier: "karsenia", expected: "According to Varnesia Coast Guard, Lessow was recaptured"),
    ])
    func disputedStatementReads(_ example: Case) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire", language: example.language)
        let b = story.article(publisher: "Daily", language: example.language)
        story.statement(a, subject: example.subject, predicate: example.predicate, object: example.object, source: example.source)
        story.statement(
            b, subject: example.denier, predicate: "denies", object: example.object, deniedBy: example.denier, denies: "c1")
        let result = Reconciler(configuration: .init(briefLanguage: example.language))
            .reconcile(articles: story.articles, stories: [story.story], claims: story.claims)
        let text = result.brief.map(\.text).joined(separator: "\n")
        #expect(text.contains(example.expected), "\(text)")
    }

    /// A statement that names no doer and is not disputed gives no sentence: a passive without a source or a
    /// denial says too little to stand in the brief.
    @Test func anUndisputedStatementWithoutADoerIsLeftOut() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire", language: "de")
        story.statement(a, subject: nil, predicate: "recaptured", object: "lessow")
        let result = Reconciler(configuration: .init(briefLanguage: "de"))
            .reconcile(articles: story.articles, stories: [story.story], claims: story.claims)
        #expect(!result.brief.contains { $0.text.contains("Lessow") })
    }

    /// An act whose object is something said (`announced`, `promised`; propositional-acts.tsv) gets no sentence when no
    /// one disputes it: its object is a name, and "Karsenia habe Lessow angekündigt" says what no report says (round 29).
    @Test(arguments: ["announced", "promised", "admitted"])
    func anUndisputedActOfSayingIsLeftOut(predicate: String) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire", language: "de")
        let b = story.article(publisher: "Daily", language: "de")
        story.statement(a, subject: "karsenia", predicate: predicate, object: "lessow")
        story.statement(b, subject: "karsenia", predicate: predicate, object: "lessow")
        let result = Reconciler(configuration: .init(briefLanguage: "de"))
            .reconcile(articles: story.articles, stories: [story.story], claims: story.claims)
        #expect(!result.brief.contains { $0.text.contains("Lessow") }, "\(result.brief.map(\.text))")
    }
}

/// The brief states what a statement group's reports share (round 29): the doer most of them name; on a tie, none
/// when the sentence can read in the passive, else the tied doer of the assertion that names an object.
@Suite struct BriefSharedReadingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var assertions: [[String?]]
        var passive = true
        var subject: String?
        var object: String?
        var testDescription: String { assertions.map { $0.map { $0 ?? "–" }.joined(separator: " ") }.joined(separator: " | ") }
    }

    @Test(arguments: [
        // One report's speaker taken for the doer does not outvote two reports that agree.
        Case(assertions: [["ministry", nil], ["critics", "ministry"], ["ministry", nil]], subject: "ministry", object: nil),
        // Reports name different doers, none more often: the doer is in doubt; the object most named stays.
        Case(assertions: [[nil, "harbour"], ["navy", "port district"], [nil, "port district"], ["coast guard", nil]],
             subject: nil, object: "port district"),
        // The same tie where the act has no passive: the doer of the assertion that names an object.
        Case(assertions: [["harbour", nil], ["prosecutors", nil], ["harbour", nil], ["prosecutors", "harbour"]],
             passive: false, subject: "prosecutors", object: "harbour"),
        // A doer named by one report and left unnamed by the others is the shared doer.
        Case(assertions: [["navy", "port district"], [nil, "port district"]], subject: "navy", object: "port district"),
        // A single assertion reads as it is.
        Case(assertions: [["critics", "ministry"]], subject: "critics", object: "ministry"),
    ])
    func reading(_ example: Case) {
        let assertions = example.assertions.map { Claim.Statement(subject: $0[0], predicate: "recaptured", object: $0[1]) }
        let reading = BriefWriter.sharedReading(of: assertions, doerMayBeLeftOut: { _ in example.passive })
        #expect(reading?.subject == example.subject)
        #expect(reading?.object == example.object)
    }
}

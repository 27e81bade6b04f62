import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// Two reports of one predicate, one naming what the act was done to and the other not, are one assertion only when
/// their sentences (in one language) share a capitalised word — a name in English, a noun or name in German; a
/// statement joins a group when any member makes its assertion. Invented sentences.
@Suite struct SharedNameGroupingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var language: String
        var predicate: String
        /// The report that names the act's object, and that object.
        var named: (text: String, object: String)
        /// The report that leaves the object unnamed.
        var unnamed: String
        var together: Bool
        var testDescription: String { "\(named.text) | \(unnamed) → \(together ? "one group" : "apart")" }
    }

    @Test(arguments: [
        // Other parties, another act of the same predicate.
        Case(
            language: "en", predicate: "asked",
            named: ("Two committee chairmen requested on Friday that the files be sent to Parliament.", "parliament"),
            unnamed: "He wrote that Mr. Harlow asked him to end the inquiry into Mr. Kessler.", together: false),
        // One act: the same party named in both.
        Case(
            language: "en", predicate: "asked",
            named: ("In a February meeting Mr. Harlow asked the director to drop the case against Kessler.", "kessler"),
            unnamed: "The memo says Harlow asked him to let the Kessler matter go.", together: true),
        Case(
            language: "de", predicate: "arrested",
            named: ("Die Polizei nahm am Abend in Lindau zwei Männer fest.", "lindau"),
            unnamed: "Bei der Razzia wurden die Verdächtigen in Lindau festgenommen.", together: true),
        Case(
            language: "de", predicate: "arrested",
            named: ("Die Polizei nahm am Abend in Lindau zwei Männer fest.", "lindau"),
            unnamed: "Schon im März war ein Kassierer wegen Betrugs festgenommen worden.", together: false),
    ])
    func anActWithoutItsObjectNeedsASharedName(_ example: Case) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Times", language: example.language)
        let b = story.article(publisher: "Post", language: example.language)
        story.statement(a, subject: "police", predicate: example.predicate, object: example.named.object)
        story.statement(b, subject: "police", predicate: example.predicate, object: nil)
        story.setText("c1", example.named.text)
        story.setText("c2", example.unnamed)
        let result = reconcile(story)
        #expect(together("c1", "c2", in: result) == example.together, "\(result.groups.map(\.claims))")
    }

    /// A German and an English report share few capitalised words (German capitalises every noun): across languages
    /// the unnamed object still joins, as before.
    @Test func acrossLanguagesTheUnnamedObjectStillJoins() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Kurier", language: "de"), b = story.article(publisher: "Wire", language: "en")
        story.statement(a, subject: "russia", predicate: "recaptured", object: "kursk region")
        story.statement(b, subject: nil, predicate: "recaptured", object: nil)
        story.setText("c1", "Russland hat das Gebiet Kursk nach eigenen Angaben zurückerobert.")
        story.setText("c2", "The region was fully retaken, the general staff said.")
        #expect(together("c1", "c2", in: reconcile(story)))
    }

    /// A report joins the group through any member, not only its first: the third report shares a name with the second.
    @Test func aReportJoinsThroughAnyMember() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Times"), b = story.article(publisher: "Post"), c = story.article(publisher: "Globe")
        story.statement(a, subject: "kessler", predicate: "leaked", object: nil)
        story.statement(b, subject: "kessler", predicate: "leaked", object: "harlow")
        story.statement(c, subject: "kessler", predicate: "leaked", object: "harlow")
        story.setText("c1", "Officials say Kessler leaked the files.")
        story.setText("c2", "On Monday Kessler leaked the files to Harlow.")
        story.setText("c3", "The files went to the Harlow newsroom.")
        let result = reconcile(story)
        #expect(together("c1", "c2", in: result), "\(result.groups.map(\.claims))")
        #expect(together("c2", "c3", in: result), "\(result.groups.map(\.claims))")
    }

    /// A bare accusation and the act another report of its language charges are one assertion only with a shared name.
    @Test(arguments: [
        ("Mueller also accused Manafort of secretly paying lobbyists.", false),
        ("Prosecutors accused Kessler on Monday.", true),
    ])
    func anAccusationMeetsACharge(_ accusation: String, _ together: Bool) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Times"), b = story.article(publisher: "Post")
        story.statement(a, subject: "kessler", predicate: "leaked", object: nil, why: "accusation “accused”")
        story.statement(b, subject: nil, predicate: "accused", object: nil)
        story.setText("c1", "His critics have accused Kessler of leaking the files.")
        story.setText("c2", accusation)
        let result = reconcile(story)
        #expect(ParallaxReconcileTests.together("c1", "c2", in: result) == together, "\(result.groups.map(\.claims))")
    }

    @Test(arguments: [
        ("Kessler", "Kessler", true),
        ("Kessler", "Harlow", false),
    ])
    func capitalisedWordsLeaveOutTheFirstWord(_ first: String, _ second: String, _ shared: Bool) {
        let left = ClaimGrouper.capitalisedWords("\(first) leaked the files to the press.")
        let right = ClaimGrouper.capitalisedWords("Officials say \(second) leaked them.")
        #expect(left.isEmpty)
        #expect(!right.isDisjoint(with: ClaimGrouper.capitalisedWords("Then \(first) spoke.")) == shared)
    }
}

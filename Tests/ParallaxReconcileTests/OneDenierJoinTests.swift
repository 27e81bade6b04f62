import Foundation
import Testing
import ParallaxModel
@testable import ParallaxReconcile

/// Round 28 (denials28, round 27's rule A): the statement groups of one denying party's denials join when no article reports
/// in both — each report words the charge with another act, and each report's denial followed its own report's wording.
/// Parties and acts invented for these tests.
@Suite struct OneDenierJoinTests {
    /// Two reports, two wordings of one charge, one party (named in full or in short) denying in each: one dispute.
    @Test(arguments: [("lindmark harbour board", "lindmark harbour board"), ("lindmark", "lindmark harbour board")])
    func oneDenierJoinsTheReportsOfOneCharge(first: String, second: String) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.statement(a, subject: "lindmark harbour board", predicate: "embezzled", object: "port fees", source: "prosecutors")
        story.statement(a, subject: first, predicate: "denies", object: "embezzled port fees", deniedBy: first, denies: "c1")
        story.statement(b, subject: "lindmark harbour board", predicate: "transferred", object: "reserve fund", source: "auditors")
        story.statement(b, subject: second, predicate: "denies", object: "transferred reserve fund", deniedBy: second, denies: "c3")
        let result = reconcile(story)
        #expect(SameDenierTests.group(of: "c1", in: result) == ["c1", "c2", "c3", "c4"])
    }

    /// An article that reports in both groups tells the two charges apart; another party's denial joins nothing.
    @Test func anArticleReportingBothKeepsThemApart() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.statement(a, subject: "lindmark harbour board", predicate: "embezzled", object: "port fees", source: "prosecutors")
        story.statement(a, subject: "lindmark harbour board", predicate: "denies", object: "embezzled port fees", deniedBy: "lindmark harbour board", denies: "c1")
        story.statement(a, subject: "lindmark harbour board", predicate: "transferred", object: "reserve fund", source: "auditors")
        story.statement(a, subject: "lindmark harbour board", predicate: "denies", object: "transferred reserve fund", deniedBy: "lindmark harbour board", denies: "c3")
        story.statement(b, subject: "orvik crane company", predicate: "ignored", object: "safety warnings", source: "dockers union")
        story.statement(b, subject: "orvik crane company", predicate: "denies", object: "ignored safety warnings", deniedBy: "orvik crane company", denies: "c5")
        let result = reconcile(story)
        #expect(SameDenierTests.group(of: "c1", in: result) == ["c1", "c2"])
        #expect(SameDenierTests.group(of: "c3", in: result) == ["c3", "c4"])
        #expect(SameDenierTests.group(of: "c5", in: result) == ["c5", "c6"])
    }
}

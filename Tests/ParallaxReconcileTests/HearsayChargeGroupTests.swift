import Foundation
import Testing
import ParallaxModel
@testable import ParallaxReconcile

/// Round 31 (status31): a bare accusation read from a hearsay form alone (`soll … kassiert haben`, `allegedly moved`; its
/// reason opens with `hearsay`) reports an act: another report's denial that names nothing takes it for the story's charge
/// only when a denial already answers it, and the report shows it in its own words. Parties and acts invented for these tests.
@Suite struct HearsayChargeGroupTests {
    /// (reason of the lone accusation, whether the other report's unlinked denial joins it)
    @Test(arguments: [
        ("hearsay “allegedly”", false),
        ("charge “alleges”", true),
        ("accusation “accused”", true),
    ])
    func aDenialElsewhereJoinsAHearsayActOnlyWhenItIsACharge(why: String, joins: Bool) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.statement(a, subject: "jan holm", predicate: "accused", object: nil, source: "prosecutors", why: why)
        story.statement(b, subject: "orvik harbour board", predicate: "denies", object: nil, deniedBy: "orvik harbour board")
        let result = reconcile(story)
        #expect((SameDenierTests.group(of: "c1", in: result) == ["c1", "c2"]) == joins)
        #expect((result.groups.first { $0.claims.contains("c1") }?.status == .disputed) == joins)
    }

    /// A hearsay act that a denial of its own report already answers is the charge another report's denial contests.
    @Test func aHearsayActItsReportDeniesIsTheStorysCharge() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.statement(a, subject: "jan holm", predicate: "accused", object: nil, source: "prosecutors", why: "hearsay “soll”")
        story.statement(a, subject: "jan holm", predicate: "denies", object: "accused", deniedBy: "jan holm", denies: "c1")
        story.statement(b, subject: "jan holm", predicate: "denies", object: nil, deniedBy: "jan holm")
        let result = reconcile(story)
        #expect(SameDenierTests.group(of: "c1", in: result) == ["c1", "c2", "c3"])
    }

    /// The explanation quotes a framed charge (its subject is the accused, not an accuser).
    @Test(arguments: ["hearsay “allegedly”", "charge “alleges”"])
    func theExplanationQuotesAFramedCharge(why: String) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire")
        story.statement(a, subject: "jan holm", predicate: "accused", object: nil, source: "prosecutors", why: why)
        let result = reconcile(story)
        let explanation = result.groups.first { $0.claims.contains("c1") }?.explanation ?? ""
        #expect(explanation.contains("“jan holm accused”"), "explanation: \(explanation)")
    }
}

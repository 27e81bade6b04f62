import Foundation
import Testing
import ParallaxModel
@testable import ParallaxReconcile

/// Round 24 (denial24): a denial linked to no claim (its article's denied statement was not read) joins the group of
/// what the same party denies in another report; a denial of a quotation does so too, else stays with the quotation.
/// Parties and acts invented for these tests.
@Suite struct SameDenierTests {
    /// The statement group that holds claim `id`, by its members' ids.
    static func group(of id: String, in result: Reconciliation) -> Set<String>? {
        result.groups.first { $0.claims.contains(id) }.map { Set($0.claims) }
    }

    @Test(arguments: ["en", "de"])
    func anUnlinkedDenialJoinsWhatTheSamePartyDeniesElsewhere(language: String) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire", language: language), b = story.article(publisher: "Daily", language: language)
        story.statement(a, subject: "lindmark harbour board", predicate: "ignored", object: "warnings", source: "dockers union")
        story.statement(a, subject: "lindmark harbour board", predicate: "denies", object: "ignored warnings", deniedBy: "lindmark harbour board", denies: "c1")
        story.statement(b, subject: "lindmark harbour board", predicate: "denies", object: nil, deniedBy: "lindmark harbour board")
        let result = reconcile(story, language: language)
        #expect(Self.group(of: "c3", in: result) == ["c1", "c2", "c3"])
        let group = result.groups.first { $0.claims.contains("c1") }
        #expect(group?.status == .disputed)
        #expect(group?.explanation.contains("Denied by Lindmark Harbour Board") == true, "\(group?.explanation ?? "")")
    }

    /// A group of denials only opens its explanation with a capital, the party's label kept as written.
    @Test func aDenialOnlyExplanationOpensWithACapital() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire")
        story.statement(a, subject: "kestrel shipping", predicate: "denies", object: nil, deniedBy: "kestrel shipping")
        let result = reconcile(story)
        let explanation = result.groups.first { $0.claims.contains("c1") }?.explanation ?? ""
        #expect(explanation.hasPrefix("Kestrel Shipping denies this (a1)"), "\(explanation)")
    }

    /// Another party's unlinked denial is not taken to deny the same thing.
    @Test func anotherPartysDenialStaysApart() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.statement(a, subject: "lindmark harbour board", predicate: "ignored", object: "warnings", source: "dockers union")
        story.statement(a, subject: "lindmark harbour board", predicate: "denies", object: "ignored warnings", deniedBy: "lindmark harbour board", denies: "c1")
        story.statement(b, subject: "kestrel shipping", predicate: "denies", object: nil, deniedBy: "kestrel shipping")
        let result = reconcile(story)
        #expect(Self.group(of: "c3", in: result) == ["c3"])
        #expect(Self.group(of: "c1", in: result) == ["c1", "c2"])
    }

    /// A denial of a quotation goes where the same party's denial of the story's assertion stands; without one, it stays
    /// with the quotation it denies.
    @Test func aDenialOfAQuotationJoinsTheSamePartysDenialOfTheAssertion() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.statement(a, subject: "lindmark harbour board", predicate: "ignored", object: "warnings", source: "dockers union")
        story.statement(a, subject: "lindmark harbour board", predicate: "denies", object: "ignored warnings", deniedBy: "lindmark harbour board", denies: "c1")
        story.statement(b, subject: "dockers union", predicate: "said", object: nil)
        story.statement(b, subject: "lindmark harbour board", predicate: "denies", object: "said", deniedBy: "lindmark harbour board", denies: "c3")
        let result = reconcile(story)
        #expect(Self.group(of: "c4", in: result) == ["c1", "c2", "c4"])

        var alone = StoryBuilder()
        let c = alone.article(publisher: "Wire")
        alone.statement(c, subject: "dockers union", predicate: "said", object: nil)
        alone.statement(c, subject: "lindmark harbour board", predicate: "denies", object: "said", deniedBy: "lindmark harbour board", denies: "c1")
        let single = reconcile(alone)
        #expect(Self.group(of: "c2", in: single) == ["c1", "c2"])
    }
}

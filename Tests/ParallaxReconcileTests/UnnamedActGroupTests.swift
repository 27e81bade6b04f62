import Foundation
import Testing
import ParallaxModel
@testable import ParallaxReconcile

/// Round 28 (denials28): an assertion whose act no predicate names (`asserted`) is known by the denial that answers it in
/// its sentence; the two go where the same party's denials of the story's assertion stand in other reports, else they are
/// a dispute of their own, which the party's unlinked denials of other reports join. Parties and acts invented for these
/// tests.
@Suite struct UnnamedActGroupTests {
    @Test(arguments: ["en", "de"])
    func theAssertionAndItsDenialJoinTheSamePartysDispute(language: String) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire", language: language), b = story.article(publisher: "Daily", language: language)
        story.statement(a, subject: "lindmark harbour board", predicate: "ignored", object: "warnings", source: "dockers union")
        story.statement(a, subject: "lindmark harbour board", predicate: "denies", object: "ignored warnings", deniedBy: "lindmark harbour board", denies: "c1")
        story.statement(b, subject: nil, predicate: "asserted", object: nil, source: "dockers union")
        story.statement(b, subject: "lindmark harbour board", predicate: "denies", object: "asserted", deniedBy: "lindmark harbour board", denies: "c3")
        let result = reconcile(story, language: language)
        #expect(SameDenierTests.group(of: "c3", in: result) == ["c1", "c2", "c3", "c4"])
    }

    /// Without the party's denial elsewhere the two are a disputed group of their own, whatever other assertion the story
    /// makes; an unlinked denial of the same party in another report joins them, another party's does not.
    @Test func aDisputeOfItsOwnThatTheSamePartysUnlinkedDenialJoins() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily"), c = story.article(publisher: "Post")
        story.statement(a, subject: "orvik police", predicate: "arrested", object: "crane driver", source: "dockers union")
        story.statement(a, subject: nil, predicate: "asserted", object: nil, source: "dockers union")
        story.statement(a, subject: "lindmark harbour board", predicate: "denies", object: "asserted", deniedBy: "lindmark harbour board", denies: "c2")
        story.statement(b, subject: "lindmark harbour board", predicate: "denies", object: nil, deniedBy: "lindmark harbour board")
        story.statement(c, subject: "kestrel shipping", predicate: "denies", object: nil, deniedBy: "kestrel shipping")
        let result = reconcile(story)
        #expect(SameDenierTests.group(of: "c2", in: result) == ["c2", "c3", "c4"])
        #expect(result.groups.first { $0.claims.contains("c2") }?.status == .disputed)
        #expect(SameDenierTests.group(of: "c1", in: result) == ["c1"])
        #expect(SameDenierTests.group(of: "c5", in: result) == ["c5"])
    }
}

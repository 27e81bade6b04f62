import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// Round 16 of grouping (branch groups16): a part named by a definite partitive or a subset cue whose whole an
/// earlier sentence of its article counts ("Fourteen of the injured", "Zwei von ihnen"), and a share given for a
/// whole area ("stadtweit", "nationwide") beside a place's share. Invented reports in
/// `Fixtures/partitive-and-area-shares.json`, in the format of ``DistinctionTests``.
@Suite struct PartitiveAndAreaShareGroupingTests {
    static let cases = DistinctionTests.Fixture.cases(in: "partitive-and-area-shares")

    @Test func theFixtureLoads() {
        #expect(Self.cases.count >= 7)
    }

    @Test(arguments: cases)
    func partsAndAreaRatesGroupAsTheyCount(_ example: DistinctionTests.Fixture.Case) {
        example.check()
    }

    /// The suffix cues match words of their form after three letters, not the ending alone or a listed exception.
    @Test(arguments: [
        ("stadtweit", true), ("nationwide", true), ("österreichweit", true), ("weit", false), ("soweit", false),
        ("inwieweit", false), ("wide", false),
    ])
    func areaWideCuesByForm(_ example: (word: String, marks: Bool)) {
        let cues = ClaimGrouper.distinctionCues
        let marks = cues.kinds.contains { cue in
            cue.label == "areawide" && cue.stands(before: [Substring(example.word)], after: [], exceptions: cues.notKinds)
        }
        #expect(marks == example.marks)
    }

    /// The definite partitive names a part only when no number follows it ("13 of the 16 inmates" names the whole).
    @Test(arguments: [
        ("Fourteen of the injured were in a serious condition.", "Fourteen of the injured", true),
        ("Thirteen of the 16 inmates were caught.", "Thirteen", false),
        ("Drei der Verletzten schweben in Lebensgefahr.", "Drei der Verletzten", true),
        ("Drei der 16 Häftlinge wurden gefasst.", "Drei", false),
    ])
    func definitePartitives(_ example: (sentence: String, claim: String, part: Bool)) {
        var story = StoryBuilder()
        let id = story.article(publisher: "Wire", published: "2027-09-14", language: "en")
        story.sentence(id, example.sentence, [StoryBuilder.Figure(text: example.claim, value: 3, measure: "wounded")])
        let facts = story.claims.map { ClaimFacts(claim: $0, article: story.articles[0], lexicon: .forLanguage("en")) }
        #expect(facts.first.map(ClaimGrouper.hasDefinitePartitive) == example.part)
    }
}

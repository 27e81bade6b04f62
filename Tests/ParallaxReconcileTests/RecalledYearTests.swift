import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// A figure in a clause a temporal conjunction opens right after a past year ("since 2009, when 17 people died";
/// "seit 1998, als elf Menschen ums Leben kamen") counts the precedent the story is measured against, not the
/// story's own figure (`ClaimGrouper+RecalledYears.swift`, role `when-after-year` of `distinctions.tsv`).
/// Invented reports in `Fixtures/recalled-years.json`.
@Suite struct RecalledYearTests {
    static let cases = DistinctionTests.Fixture.cases(in: "recalled-years")

    @Test func theFixtureLoads() {
        #expect(Self.cases.count == 4)
    }

    @Test(arguments: cases)
    func precedentsStandApart(_ example: DistinctionTests.Fixture.Case) {
        example.check()
    }

    @Test(arguments: [
        ("the deadliest crash since 2019, when nine people died", "nine people", "2027-01-05", true),
        ("das schwerste Unglück seit 1994, als sieben Menschen starben", "sieben Menschen", "2027-01-05", true),
        ("a precedent from 2019, when nine people died", "nine people", nil, true),
        ("the crisis that began in January 2027, when nine people fled", "nine people", "2027-03-20", false),
        ("in 2019 when nine people died", "nine people", "2027-01-05", false),
        ("since 2019, the toll rose when nine people died", "nine people", "2027-01-05", false),
    ] as [(String, String, String?, Bool)])
    func theClauseOnAPastYearIsMarked(sentence: String, figure: String, published: String?, marked: Bool) {
        var story = StoryBuilder()
        let article = story.article(publisher: "Wire", published: published, language: "en")
        story.sentence(article, sentence, [StoryBuilder.Figure(text: figure, value: 9, unit: "person", measure: "killed")])
        let facts = story.claims.map { ClaimFacts(claim: $0, article: story.articles[0], lexicon: .forLanguage("en")) }
        #expect((ClaimGrouper.markingEarlierTimes(facts).first?.distinction == "|earlier") == marked)
    }
}

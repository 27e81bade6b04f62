import Foundation
import ParallaxModel
import Testing

@testable import ParallaxStories

/// Table tests over the fixture corpus: same story or not, rewrites or independent reports.
@Suite("Story clustering on fixtures")
struct StoryClustererTests {
    @Test("fixtures load") func fixturesLoad() {
        #expect(StoryFixtures.articles.count == 12)
    }

    @Test(
        "articles about the same happening join one story",
        arguments: [
            ("fire-hh-wire-de", "fire-hh-en"), ("fire-hh-wire-de", "fire-hh-copy-de"),
            ("fire-hh-wire-de", "fire-hh-rewrite-de"), ("fire-hh-en", "fire-hh-rewrite-de"),
            ("vote-at-de", "vote-at-en"),
            ("brandt-budget-de", "brandt-budget-en"),
        ])
    func sameStory(_ left: String, _ right: String) {
        #expect(StoryFixtures.storyOf[left] != nil)
        #expect(StoryFixtures.storyOf[left] == StoryFixtures.storyOf[right], "\(left) and \(right) should share a story")
    }

    @Test(
        "similar is not same: look-alike happenings stay apart",
        arguments: [
            ("fire-hh-wire-de", "fire-lyon-en"), ("fire-hh-en", "fire-lyon-en"), ("vote-at-en", "vote-pt-en"),
            ("vote-at-de", "vote-pt-en"), ("brandt-budget-de", "brandt-flood-de"),
            ("brandt-budget-en", "brandt-flood-de"),
        ])
    func differentStories(_ left: String, _ right: String) {
        #expect(StoryFixtures.storyOf[left] != StoryFixtures.storyOf[right], "\(left) and \(right) should be apart")
    }

    @Test(
        "copies and fact-for-fact rewrites are rewrite pairs; independent reports are not",
        arguments: [
            ("fire-hh-wire-de", "fire-hh-copy-de", true), ("fire-hh-wire-de", "fire-hh-rewrite-de", true),
            ("fire-hh-copy-de", "fire-hh-rewrite-de", true), ("fire-hh-wire-de", "fire-hh-own-de", false),
            ("fire-hh-rewrite-de", "fire-hh-own-de", false), ("vote-at-de", "vote-pt-en", false),
        ])
    func rewrites(_ left: String, _ right: String, _ expected: Bool) {
        #expect(StoryFixtures.rewritePairs.contains([left, right]) == expected, "\(left) / \(right)")
    }

    @Test("rewrite evidence names the shared figures in order")
    func rewriteEvidence() throws {
        let rewrite = try #require(
            StoryFixtures.stories.flatMap(\.rewrites).first { Set($0.articles) == ["fire-hh-wire-de", "fire-hh-rewrite-de"] })
        #expect(rewrite.evidence.contains("1,200"))
        #expect(rewrite.evidence.contains("in the same order"))
        #expect(rewrite.score > 0 && rewrite.score <= 1)
    }

    @Test("events carry the articles' dates and labels from their own words")
    func eventDates() throws {
        let story = try #require(StoryFixtures.stories.first { $0.articles.contains("vote-at-de") })
        let event = try #require(story.events.first { $0.articles.contains("vote-at-de") })
        #expect(event.start == "2025-09-28")
        #expect(!story.label.isEmpty)
        #expect(story.events.flatMap(\.articles).sorted() == story.articles.sorted())
    }
}

/// Prints the fixture similarities when `PARALLAX_DEBUG` is set (for tuning; always passes).
@Test("debug dump", .enabled(if: ProcessInfo.processInfo.environment["PARALLAX_DEBUG"] != nil))
func debugDump() {
    var index = StoryIndex()
    let features = StoryFixtures.articles.map { FeatureExtractor().features(of: $0) }
    for feature in features { index.add(features: feature) }
    let scorer = index.scorer()
    for feature in features { print(feature.id, feature.facts.map(\.label)) }
    for i in features.indices {
        for j in features.indices where j > i {
            let score = scorer.similarity(features[i], features[j])
            if score > 0.05 { print(features[i].id, features[j].id, score) }
        }
    }
}

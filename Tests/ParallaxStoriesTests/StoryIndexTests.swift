import ParallaxTesting
import Foundation
import ParallaxModel
import Testing

@testable import ParallaxStories

/// The streaming index: same result as a batch run, and a save/resume round trip.
@Suite("Story index")
struct StoryIndexTests {
    static let features = StoryFixtures.articles.map { FeatureExtractor().features(of: $0) }

    @Test("adding articles one at a time gives the batch result")
    func streamingEqualsBatch() {
        let batch = StoryClusterer().cluster(articles: StoryFixtures.articles, claims: [])
        var index = StoryIndex()
        for article in StoryFixtures.articles { index.add(article, extractor: FeatureExtractor()) }
        #expect(index.stories() == batch)
    }

    @Test("story groups do not depend on the order articles arrive in", arguments: [1, 7, 42])
    func orderIndependence(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        var forward = StoryIndex()
        for feature in Self.features { forward.add(features: feature) }
        var shuffled = StoryIndex()
        for feature in Self.features.shuffled(using: &generator) { shuffled.add(features: feature) }
        func groups(_ index: StoryIndex) -> Set<Set<String>> {
            Set(index.storyGroups().map { Set($0.map { index.articles[$0].id }) })
        }
        #expect(groups(forward) == groups(shuffled), "seed \(seed)")
    }

    @Test("the state saves and resumes: a resumed index continues like the original")
    func saveAndResume() throws {
        var original = StoryIndex()
        for feature in Self.features.prefix(6) { original.add(features: feature) }
        let saved = try JSONEncoder().encode(original)
        var resumed = try JSONDecoder().decode(StoryIndex.self, from: saved)
        for feature in Self.features.dropFirst(6) {
            original.add(features: feature)
            resumed.add(features: feature)
        }
        #expect(resumed.stories() == original.stories())
        #expect(resumed.count == Self.features.count)
    }

    @Test("an empty index has no stories")
    func empty() {
        #expect(StoryIndex().stories().isEmpty)
    }
}


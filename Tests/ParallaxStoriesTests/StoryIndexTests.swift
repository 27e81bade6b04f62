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

    @Test(
        "a link that stands out against the neighbourhood weighs more with more shared rare names",
        arguments: [(1, 0.2), (2, 0.22), (4, 0.26), (8, 0.3), (20, 0.3)])
    func relativeLinkWeight(sharedNames: Int, expected: Double) {
        let value = StoryIndex.linkValue(
            score: 0.08, relative: 4, sharedEntities: sharedNames, gap: 1, configuration: StoryIndex.Configuration())
        #expect(abs(value - expected) < 1e-9, "\(sharedNames) names: \(value)")
    }

    @Test(
        "links count by their score, by standing out with a shared name, or not at all",
        arguments: [
            // (score, relative, shared names, days apart, expected weight)
            (0.3, 1.0, 0, 0.0, 0.3),  // strong on its own
            (0.08, 4.0, 0, 0.0, 0.0),  // stands out, but no rare name in common
            (0.08, 1.2, 3, 0.0, 0.0),  // shares names, but is ordinary for its neighbourhood
            (0.08, 4.0, 1, 30.0, 0.0),  // too far apart in time for the relative rule
            (0.03, 4.0, 3, 0.0, 0.0),  // below the floor
            (0.25, 4.0, 1, 0.0, 0.25),  // above the threshold it keeps its own score
        ])
    func linkWeights(score: Double, relative: Double, shared: Int, gap: Double, expected: Double) {
        let value = StoryIndex.linkValue(
            score: score, relative: relative, sharedEntities: shared, gap: gap, configuration: StoryIndex.Configuration())
        #expect(abs(value - expected) < 1e-9)
    }
}

import Foundation
import ParallaxModel
import Testing

@testable import ParallaxStories

/// The acceptance checks on the shared seed articles, when they are present on this machine.
@Suite("Seed articles")
struct SeedAcceptanceTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../shared/seeds").standardized
    static let present = FileManager.default.fileExists(atPath: folder.appendingPathComponent("README.md").path)

    /// The five seeds as articles `000` … `004` (language left for the stage to guess).
    static func articles() throws -> [Article] {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        return try files.map { name in
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            return Article(id: String(name.prefix(3)), input: name, body: text)
        }
    }

    @Test("all five seeds form one story, 004 in an event of its own", .enabled(if: present, "../shared/seeds is absent"))
    func oneStoryTwoEvents() throws {
        let stories = StoryClusterer().cluster(articles: try Self.articles(), claims: [])
        if ProcessInfo.processInfo.environment["PARALLAX_DEBUG"] != nil { Self.dump(stories) }
        #expect(stories.count == 1)
        let events = stories.first?.events.map { Set($0.articles) } ?? []
        #expect(events.contains(["004"]))
    }

    @Test("001 and 003 are a rewrite pair; none among 000, 002, 004", .enabled(if: present, "../shared/seeds is absent"))
    func rewritePairs() throws {
        let stories = StoryClusterer().cluster(articles: try Self.articles(), claims: [])
        let pairs = stories.flatMap(\.rewrites).map { Set($0.articles) }
        #expect(pairs.contains(["001", "003"]))
        for pair in [["000", "002"], ["000", "004"], ["002", "004"]] {
            #expect(!pairs.contains(Set(pair)), "unexpected rewrite pair \(pair)")
        }
    }

    static func dump(_ stories: [Story]) {
        let extractor = FeatureExtractor()
        if let articles = try? articles() {
            let features = articles.map { extractor.features(of: $0) }
            var index = StoryIndex()
            for feature in features {
                print(feature.id, feature.language, feature.facts.map(\.label).joined(separator: " | "))
                print("  keywords:", feature.keywords)
                index.add(features: feature)
            }
            let scorer = index.scorer()
            for i in features.indices {
                for j in features.indices where j > i {
                    let rightKeys = Set(features[j].facts.map(\.key))
                    let leftKeys = Set(features[i].facts.map(\.key))
                    let lcs = RewriteDetector.longestCommonSubsequence(
                        features[i].facts.filter { rightKeys.contains($0.key) }, features[j].facts.filter { leftKeys.contains($0.key) })
                    print(features[i].id, features[j].id, String(format: "sim %.3f jac %.3f", scorer.similarity(features[i], features[j]), features[i].sketch.jaccard(features[j].sketch)), lcs.map(\.label))
                }
            }
        }
        for story in stories {
            print(story.id, story.label, story.articles)
            for event in story.events { print("  ", event.id, event.label, event.articles) }
            for rewrite in story.rewrites { print("  rewrite", rewrite.articles, rewrite.score, rewrite.evidence) }
        }
    }
}

import Foundation
import ParallaxModel
import Testing

@testable import ParallaxStories

/// Story clustering on NewsWCL50 (10 real events × 5 outlets, English), when present.
@Suite("NewsWCL50")
struct NewsWCLTests {
    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../shared/corpora/newswcl50.jsonl").standardized
    static let present = FileManager.default.fileExists(atPath: file.path)

    /// The corpus as articles, with the gold cluster per article id.
    static func load() throws -> ([Article], [String: String]) {
        struct Line: Decodable {
            var id: String
            var cluster: String
            var lang: String
            var text: String
        }
        let text = try String(contentsOf: file, encoding: .utf8)
        var articles: [Article] = []
        var gold: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let item = try JSONDecoder().decode(Line.self, from: Data(line.utf8))
            let lines = item.text.replacingOccurrences(of: "\\n", with: "\n").split(separator: "\n", maxSplits: 1)
            let title = lines.first.map(String.init)
            let body = lines.count > 1 ? String(lines[1]) : ""
            articles.append(Article(id: item.id, input: item.id, title: title, language: item.lang, body: body))
            gold[item.id] = item.cluster
        }
        return (articles, gold)
    }

    @Test("story pairwise F1 is at least 0.95", .enabled(if: present, "../shared/corpora/newswcl50.jsonl is absent"))
    func storyF1() throws {
        let (articles, gold) = try Self.load()
        let stories = StoryClusterer().cluster(articles: articles, claims: [])
        var predicted: [String: String] = [:]
        for story in stories { for id in story.articles { predicted[id] = story.id } }
        let agreement = ClusterAgreement(predicted: predicted, gold: gold)
        print(
            "newswcl50: \(stories.count) stories; pairwise P \(agreement.pairwisePrecision) R \(agreement.pairwiseRecall) F1 \(agreement.pairwiseF1); BCubed F1 \(agreement.bcubedF1)"
        )
        if ProcessInfo.processInfo.environment["PARALLAX_DEBUG"] != nil {
            for story in stories { print(story.id, story.label, story.articles.map { "\($0)→\(gold[$0]!)" }) }
            var index = StoryIndex()
            let features = articles.map { FeatureExtractor().features(of: $0) }
            for feature in features { index.add(features: feature) }
            let scorer = index.scorer()
            var same: [Double] = []
            var different: [(Double, String, String)] = []
            for i in features.indices {
                for j in features.indices where j > i {
                    let score = scorer.similarity(features[i], features[j])
                    if gold[features[i].id] == gold[features[j].id] { same.append(score) } else { different.append((score, features[i].id, features[j].id)) }
                }
            }
            var matrix = ""
            for i in features.indices {
                matrix += features.indices.map { String(scorer.similarity(features[i], features[$0])) }.joined(separator: " ") + "\n"
            }
            try? matrix.write(toFile: "/tmp/stories-sim.txt", atomically: true, encoding: .utf8)
            try? features.map { gold[$0.id]! }.joined(separator: " ").write(toFile: "/tmp/stories-gold.txt", atomically: true, encoding: .utf8)
            same.sort()
            print("same: min", same.first!, "p10", same[same.count / 10], "median", same[same.count / 2])
            for (score, a, b) in different.sorted(by: { $0.0 > $1.0 }).prefix(12) { print("diff", score, a, b) }
        }
        #expect(agreement.pairwiseF1 >= 0.95)
    }

    /// Five outlets of different leanings each reporting one event in their own words: none of them
    /// rewrites another (before the figure rule, seven pairs that told names in the same
    /// chronological order were reported).
    @Test("independent outlets are not rewrite pairs", .enabled(if: present, "../shared/corpora/newswcl50.jsonl is absent"))
    func noRewrites() throws {
        let (articles, _) = try Self.load()
        let rewrites = StoryClusterer().cluster(articles: articles, claims: []).flatMap(\.rewrites)
        #expect(rewrites.map(\.articles).isEmpty)
    }
}

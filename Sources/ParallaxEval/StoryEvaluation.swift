public import Foundation
import ParallaxModel
import ParallaxPipeline
import ParallaxStories

/// Scores story clustering, event splitting and rewrite detection against gold annotations.
///
/// Two sources of gold: the example corpus (`examples/gold/<split>.json`, run through the whole
/// pipeline with `Analyzer`) and NewsWCL50 (`newswcl50.jsonl`: ten real events × five outlets,
/// English; its articles are built directly, since the file is already plain text).
public struct StoryEvaluation: Sendable {
    /// Creates the evaluation.
    public init() {}

    /// Metrics on one split of the example corpus.
    /// - Parameters:
    ///   - examples: the `examples/` folder (holding `corpus/` and `gold/`).
    ///   - split: `dev` or `heldout`.
    /// - Throws: `StoryEvaluationError` when the gold file cannot be read.
    public func evaluate(examples: URL, split: String) async throws(StoryEvaluationError) -> [EvaluationMetric] {
        let goldURL = examples.appendingPathComponent("gold/\(split).json")
        let gold: StoryGold
        do {
            gold = try JSONDecoder().decode(StoryGold.self, from: Data(contentsOf: goldURL))
        } catch {
            throw .unreadableGold(path: goldURL.path, underlying: String(describing: error))
        }
        let corpus = examples.appendingPathComponent("corpus")
        let analysis = await Analyzer().analyze(paths: [corpus.appendingPathComponent(split).path])
        let prefix = corpus.standardizedFileURL.path + "/"
        var key: [String: String] = [:]
        var language: [String: String] = [:]
        for article in analysis.report.articles {
            let path = URL(fileURLWithPath: article.input).standardizedFileURL.path
            key[article.id] = path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : article.input
            if article.input.contains("#") {
                let parts = article.input.split(separator: "#", maxSplits: 1)
                let file = URL(fileURLWithPath: String(parts[0])).standardizedFileURL.path
                key[article.id] = (file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : String(parts[0])) + "#" + parts[1]
            }
        }
        for article in gold.articles { language[article.input] = article.language }
        if !EvaluationSplit.isHeldOut(split), ProcessInfo.processInfo.environment["PARALLAX_STORY_DEBUG"] != nil {
            Self.printDiagnostics(report: analysis.report, key: key, goldStory: gold.storyOf, split: split)
        }
        return Self.metrics(
            stories: analysis.report.stories, key: key, goldStory: gold.storyOf, goldEvent: gold.eventOf,
            goldRewrites: gold.rewritePairs, language: language, split: split)
    }

    /// Metrics on NewsWCL50 (stories only; it has no event or rewrite gold).
    /// - Throws: `StoryEvaluationError` when the file cannot be read.
    public func evaluateNewsWCL(file: URL) throws(StoryEvaluationError) -> [EvaluationMetric] {
        let (articles, gold) = try NewsWCLLoader.load(file)
        let stories = StoryClusterer().cluster(articles: articles, claims: [])
        let key = Dictionary(uniqueKeysWithValues: articles.map { ($0.id, $0.id) })
        return Self.metrics(
            stories: stories, key: key, goldStory: gold, goldEvent: [:], goldRewrites: nil, language: [:],
            split: "newswcl50")
    }

    /// Pairwise and BCubed scores for stories and events, rewrite precision/recall, and the
    /// cross-language join rates.
    /// - Parameter key: report article id → gold article key.
    static func metrics(
        stories: [Story], key: [String: String], goldStory: [String: String], goldEvent: [String: String],
        goldRewrites: Set<Set<String>>?, language: [String: String], split: String
    ) -> [EvaluationMetric] {
        var predictedStory: [String: String] = [:]
        var predictedEvent: [String: String] = [:]
        for story in stories {
            for id in story.articles { predictedStory[key[id] ?? id] = story.id }
            for event in story.events { for id in event.articles { predictedEvent[key[id] ?? id] = event.id } }
        }
        var result: [EvaluationMetric] = []
        let storyScores = ClusterAgreement(predicted: predictedStory, gold: goldStory)
        result += Self.clusterMetrics("stories", storyScores, split: split)
        if !goldEvent.isEmpty {
            result += Self.clusterMetrics("events", ClusterAgreement(predicted: predictedEvent, gold: goldEvent), split: split)
        }
        if let goldRewrites {
            let found = Set(stories.flatMap(\.rewrites).map { Set($0.articles.map { key[$0] ?? $0 }) })
            let scores = ClusterAgreement.pairScores(predicted: found, gold: goldRewrites)
            result.append(EvaluationMetric(name: "rewrites.precision", split: split, value: scores.precision, count: found.count))
            result.append(EvaluationMetric(name: "rewrites.recall", split: split, value: scores.recall, count: goldRewrites.count))
        }
        result += CrossLanguageRates(predicted: predictedStory, gold: goldEvent.isEmpty ? goldStory : goldEvent,
            goldStory: goldStory, language: language).metrics(split: split)
        return result
    }

    private static func clusterMetrics(_ name: String, _ scores: ClusterAgreement, split: String) -> [EvaluationMetric] {
        [
            EvaluationMetric(name: "\(name).pairwise.precision", split: split, value: scores.pairwisePrecision, count: scores.count),
            EvaluationMetric(name: "\(name).pairwise.recall", split: split, value: scores.pairwiseRecall, count: scores.count),
            EvaluationMetric(name: "\(name).pairwise.f1", split: split, value: scores.pairwiseF1, count: scores.count),
            EvaluationMetric(name: "\(name).bcubed.f1", split: split, value: scores.bcubedF1, count: scores.count),
        ]
    }
}

public import Foundation
public import ParallaxModel
import ParallaxPipeline

/// One split of the example corpus, analysed: the report next to its gold, articles paired by input.
public struct EvaluationSplit: Sendable {
    /// `dev`, `dev2`, …, `heldout`, `heldout2`, ….
    public var name: String
    public var report: Report
    public var gold: GoldCorpus
    /// Pairs of (report article, gold article) for every gold article found in the report.
    public var pairs: [(ParallaxModel.Article, GoldCorpus.Article)]
    /// Gold articles the report has no article for.
    public var missing: [String]

    /// Whether the split named `name` is held out — measured only, never studied: every split whose
    /// name starts with `heldout`. Its disagreements are never printed.
    public static func isHeldOut(_ name: String) -> Bool {
        name.hasPrefix("heldout")
    }

    /// Analyses `examples/corpus/<name>` and pairs its articles with `examples/gold/<name>.json`.
    public static func load(name: String, repositoryRoot: URL) async throws -> EvaluationSplit {
        let gold = try GoldCorpus.load(split: name, repositoryRoot: repositoryRoot)
        let corpus = repositoryRoot.appendingPathComponent("examples/corpus")
        let analysis = await Analyzer().analyze(paths: [corpus.appendingPathComponent(name).path])
        var byInput: [String: ParallaxModel.Article] = [:]
        for article in analysis.report.articles {
            byInput[relativeInput(article.input, corpus: corpus.path)] = article
        }
        var pairs: [(ParallaxModel.Article, GoldCorpus.Article)] = []
        var missing: [String] = []
        for goldArticle in gold.articles {
            if let article = byInput[goldArticle.input] {
                pairs.append((article, goldArticle))
            } else {
                missing.append(goldArticle.input)
            }
        }
        return EvaluationSplit(name: name, report: analysis.report, gold: gold, pairs: pairs, missing: missing)
    }

    /// The report's `input` with the corpus folder prefix removed (`dev/a.txt`, `dev/feed.rss#3`).
    static func relativeInput(_ input: String, corpus: String) -> String {
        let prefix = corpus.hasSuffix("/") ? corpus : corpus + "/"
        return input.hasPrefix(prefix) ? String(input.dropFirst(prefix.count)) : input
    }
}

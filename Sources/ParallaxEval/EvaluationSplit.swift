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
    /// The folder the report's inputs are relative to: `examples/corpus`, or for a real-text split the
    /// temporary folder its excerpt of the shared corpus was analysed from.
    public var corpusFolder: String
    /// Whether the split's articles are real text from `../shared/` (claims gold only).
    public var isRealText: Bool

    /// Whether the split named `name` is held out — measured only, never studied: every split whose
    /// name starts with `heldout`. Its disagreements are never printed.
    public static func isHeldOut(_ name: String) -> Bool {
        name.hasPrefix("heldout")
    }

    /// Analyses the split's articles and pairs them with `examples/gold/<name>.json`: the folder
    /// `examples/corpus/<name>`, or, when the gold names a `sharedCorpus`, the gold's items of that
    /// JSON Lines file under `sharedFolder`.
    /// - Throws: ``EvaluationSplitError`` when the gold cannot be read or its shared corpus is absent.
    ///   (Declared untyped: `throws(EvaluationSplitError)` on this async function with its `defer`
    ///   crashes the Swift 6.3 compiler's ownership verifier.)
    public static func load(
        name: String, repositoryRoot: URL, sharedFolder: URL?
    ) async throws -> EvaluationSplit {
        let gold: GoldCorpus
        do {
            gold = try GoldCorpus.load(split: name, repositoryRoot: repositoryRoot)
        } catch {
            throw EvaluationSplitError.unreadableGold(split: name, detail: String(describing: error))
        }
        guard let sharedCorpus = gold.sharedCorpus else {
            let corpus = repositoryRoot.appendingPathComponent("examples/corpus")
            let report = await Analyzer().analyze(paths: [corpus.appendingPathComponent(name).path]).report
            return paired(name: name, report: report, gold: gold, corpusFolder: corpus.path, isRealText: false)
        }
        guard let source = sharedFolder?.appendingPathComponent(sharedCorpus),
              FileManager.default.fileExists(atPath: source.path) else {
            throw EvaluationSplitError.sharedCorpusMissing(split: name, path: "../shared/" + sharedCorpus)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-eval-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let excerpt = folder.appendingPathComponent(name).appendingPathComponent(source.lastPathComponent)
        do {
            try SharedCorpusExcerpt.write(from: source, itemIDs: Set(gold.articles.compactMap(\.itemID)), to: excerpt)
        } catch {
            throw EvaluationSplitError.unreadableSharedCorpus(split: name, path: source.path, detail: String(describing: error))
        }
        let report = await Analyzer().analyze(paths: [excerpt.deletingLastPathComponent().path]).report
        return paired(name: name, report: report, gold: gold, corpusFolder: folder.path, isRealText: true)
    }

    private static func paired(
        name: String, report: Report, gold: GoldCorpus, corpusFolder: String, isRealText: Bool
    ) -> EvaluationSplit {
        var byInput: [String: ParallaxModel.Article] = [:]
        for article in report.articles {
            byInput[relativeInput(article.input, corpus: corpusFolder)] = article
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
        return EvaluationSplit(
            name: name, report: report, gold: gold, pairs: pairs, missing: missing,
            corpusFolder: corpusFolder, isRealText: isRealText)
    }

    /// The report's `input` with the corpus folder prefix removed (`dev/a.txt`, `dev/feed.rss#3`).
    static func relativeInput(_ input: String, corpus: String) -> String {
        let prefix = corpus.hasSuffix("/") ? corpus : corpus + "/"
        return input.hasPrefix(prefix) ? String(input.dropFirst(prefix.count)) : input
    }
}

extension GoldCorpus.Article {
    /// The item id after `#` in `input` (`real/10kgnad-test.jsonl#10kgnad-test-17`), if any.
    var itemID: String? {
        guard let hash = input.lastIndex(of: "#") else { return nil }
        return String(input[input.index(after: hash)...])
    }
}

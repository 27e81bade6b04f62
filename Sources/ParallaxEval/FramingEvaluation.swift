public import Foundation
import ParallaxFraming
public import ParallaxModel
import ParallaxPipeline

/// Scores the framing stage against the gold annotations of the example corpus.
///
/// For each split it analyses `examples/corpus/<split>` with the whole pipeline
/// (`Analyzer().analyze(paths:)`) and compares the articles to `examples/gold/<split>.json`: role
/// accuracy and macro-F1 over the gold's non-heading sentences, precision and recall of loaded terms in
/// the writer's voice, and headline accuracy. It also runs framing alone on the gold's own sentences
/// (metrics suffixed `.goldSentences`), which shows the stage's quality apart from ingestion and
/// sentence splitting.
public struct FramingEvaluation: Sendable {
    /// The repository root, which holds `examples/`.
    public var repositoryRoot: URL

    /// An evaluation of the corpus under `repositoryRoot/examples`.
    public init(repositoryRoot: URL) {
        self.repositoryRoot = repositoryRoot
    }

    /// The metrics of each split, in order.
    /// - Parameter splits: split names; by default `dev` and `heldout`.
    /// - Throws: ``FramingEvaluationError`` when a gold file is missing or malformed.
    public func evaluate(splits: [String] = ["dev", "heldout"]) async throws(FramingEvaluationError)
        -> [EvaluationMetric]
    {
        var metrics: [EvaluationMetric] = []
        for split in splits {
            metrics += try await evaluate(split: split).metrics
        }
        return metrics
    }

    /// The metrics of one split and the pipeline's disagreements behind them (for tuning on dev).
    /// - Throws: ``FramingEvaluationError`` when the gold file is missing or malformed.
    package func evaluate(split: String) async throws(FramingEvaluationError)
        -> (metrics: [EvaluationMetric], disagreements: [String])
    {
        let corpus = repositoryRoot.appendingPathComponent("examples/corpus/\(split)")
        let analysis = await Analyzer().analyze(paths: [corpus.path])
        return try score(split: split, articles: analysis.report.articles)
    }

    /// The metrics of one split for articles that were already analysed (for an evaluator that runs
    /// the pipeline once per split), including the gold-sentence run.
    /// - Parameter articles: the report's articles; their `input` must contain `examples/corpus/`.
    /// - Throws: ``FramingEvaluationError`` when the gold file is missing or malformed.
    /// When the environment variable `PARALLAX_FRAMING_DISAGREEMENTS` lists the split (comma-separated),
    /// the disagreements of the pipeline run are written to standard error; never for a held-out split, which
    /// must not be studied.
    public func metrics(split: String, articles: [Article]) throws(FramingEvaluationError) -> [EvaluationMetric] {
        let scored = try score(split: split, articles: articles)
        let wanted = ProcessInfo.processInfo.environment["PARALLAX_FRAMING_DISAGREEMENTS"]?
            .split(separator: ",").map(String.init) ?? []
        if !EvaluationSplit.isHeldOut(split), wanted.contains(split) {
            let text = scored.disagreements.map { "\(split): \($0)\n" }.joined()
            FileHandle.standardError.write(Data(text.utf8))
        }
        return scored.metrics
    }

    private func score(split: String, articles: [Article]) throws(FramingEvaluationError)
        -> (metrics: [EvaluationMetric], disagreements: [String])
    {
        let gold = try loadGold(split: split)
        var byInput: [String: Article] = [:]
        for article in articles {
            byInput[relativeInput(article.input)] = article
        }
        let scorer = FramingEvaluationScorer()
        var pipeline = FramingEvaluationScorer.Tally()
        var oracle = FramingEvaluationScorer.Tally()
        var missing = 0
        for goldArticle in gold.articles {
            if let article = byInput[goldArticle.input] {
                scorer.add(article, gold: goldArticle, to: &pipeline)
            } else {
                missing += 1
            }
            scorer.add(analyzeGoldSentences(goldArticle), gold: goldArticle, to: &oracle)
        }
        var metrics = scorer.metrics(pipeline, split: split)
        metrics.append(
            EvaluationMetric(
                name: "framing.articles.found", split: split,
                value: gold.articles.isEmpty ? 0 : Double(gold.articles.count - missing) / Double(gold.articles.count),
                count: gold.articles.count))
        metrics += scorer.metrics(oracle, split: split, suffix: ".goldSentences")
        return (metrics, pipeline.disagreements)
    }

    /// Framing run on the gold sentences, with gold headings as headings and paragraphs as in the
    /// gold body.
    private func analyzeGoldSentences(_ gold: FramingEvaluationGold.Article) -> Article {
        var body = ""
        var sentences: [Sentence] = []
        var rest = Substring(gold.body ?? "")
        var paragraph = 0
        for (index, (text, role)) in zip(gold.sentences, gold.roles).enumerated() {
            if let range = rest.range(of: text) {
                paragraph += rest[..<range.lowerBound].components(separatedBy: "\n\n").count - 1
                rest = rest[range.upperBound...]
            } else {
                paragraph += 1
            }
            if !body.isEmpty { body += " " }
            let start = body.utf16.count
            body += text
            sentences.append(
                Sentence(
                    id: "a1.s\(index + 1)", text: text, role: role == "heading" ? .heading : .reporting,
                    start: start, end: body.utf16.count, paragraph: paragraph))
        }
        let article = Article(
            id: "a1", input: gold.input, language: gold.language ?? "und", body: body, sentences: sentences)
        return FramingAnalyzer().analyze(article, claims: [])
    }

    private func loadGold(split: String) throws(FramingEvaluationError) -> FramingEvaluationGold {
        let file = "examples/gold/\(split).json"
        do {
            let data = try Data(contentsOf: repositoryRoot.appendingPathComponent(file))
            return try JSONDecoder().decode(FramingEvaluationGold.self, from: data)
        } catch {
            throw FramingEvaluationError(file: file, detail: String(describing: error))
        }
    }

    /// The input as the gold names it: the part after `examples/corpus/`.
    private func relativeInput(_ input: String) -> String {
        guard let range = input.range(of: "examples/corpus/") else { return input }
        return String(input[range.upperBound...])
    }
}

extension FramingEvaluation {
    /// Loaded-term precision and recall of a real-text split whose gold lists loaded terms but no
    /// sentences or roles (`examples/real-en.md`), with the disagreements behind them.
    static func scoreLoaded(_ split: EvaluationSplit) -> (metrics: [EvaluationMetric], disagreements: [String]) {
        let scorer = FramingEvaluationScorer()
        var tally = FramingEvaluationScorer.Tally()
        for (article, gold) in split.pairs {
            let used = (gold.loaded ?? []).filter { $0.usage == "used" }.map(\.text)
            scorer.addLoaded(article, gold: used, input: gold.input, to: &tally)
        }
        // An article the report lacks misses all its terms.
        for gold in split.gold.articles where split.missing.contains(gold.input) {
            let used = (gold.loaded ?? []).filter { $0.usage == "used" }
            tally.goldLoaded += used.count
            tally.disagreements += used.map { "\(gold.input): loaded term missed (no article in the report): \($0.text)" }
        }
        return (scorer.loadedMetrics(tally, split: split.name), tally.disagreements)
    }
}

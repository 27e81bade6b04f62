public import Foundation
import ParallaxModel

/// Runs every evaluation section over both splits of the example corpus and the shared corpora.
public struct Evaluator: Sendable {
    /// The Parallax checkout holding `examples/`.
    public var repositoryRoot: URL

    public init(repositoryRoot: URL) {
        self.repositoryRoot = repositoryRoot
    }

    /// The example corpus's splits, in report order: the development splits (`dev`, `dev2`, …) by
    /// number, other splits by name, the held-out split last — one per gold file in `examples/gold/`.
    public var splitNames: [String] {
        let folder = repositoryRoot.appendingPathComponent("examples/gold")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return Self.reportOrder(files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(".json".count)) })
    }

    /// Splits that are no longer run unless named with `--splits`: one name per line of
    /// `examples/gold/retired.txt` (`#` starts a comment) — a held-out split replaced by a fresh one.
    public var retiredSplits: Set<String> {
        let file = repositoryRoot.appendingPathComponent("examples/gold/retired.txt")
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return [] }
        return Set(text.split(separator: "\n").compactMap { line in
            let name = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first?
                .trimmingCharacters(in: .whitespaces) ?? ""
            return name.isEmpty ? nil : name
        })
    }

    /// `names` in report order: `dev`, `dev2`, … `dev10` by number, then other names alphabetically,
    /// then the held-out splits `heldout`, `heldout2`, … by number (other held-out names such as
    /// `heldout-real` after them), then `all`.
    public static func reportOrder(_ names: some Sequence<String>) -> [String] {
        func rank(_ name: String) -> (Int, Int, String) {
            if name == "all" { return (3, 0, name) }
            if EvaluationSplit.isHeldOut(name) { return (2, numbered(name, prefix: "heldout") ?? Int.max, name) }
            if let number = numbered(name, prefix: "dev") { return (0, number, name) }
            return (1, 0, name)
        }
        return Set(names).sorted { rank($0) < rank($1) }
    }

    /// 1 for `prefix` itself, N for `prefix` followed by the number N, `nil` otherwise.
    private static func numbered(_ name: String, prefix: String) -> Int? {
        guard name.hasPrefix(prefix) else { return nil }
        let rest = name.dropFirst(prefix.count)
        return rest.isEmpty ? 1 : Int(rest)
    }

    /// `../shared` beside the checkout, when present.
    public var sharedFolder: URL? {
        let url = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// The metrics of the named sections (all when `nil`) over the named example-corpus splits (all when `nil`).
    /// - Parameter showMisses: also write the claim and group disagreements of every development split
    ///   to standard error (never those of the held-out split).
    public func run(
        sections: Set<String>?, splits splitFilter: Set<String>? = nil, showMisses: Bool = false
    ) async throws -> [EvaluationMetric] {
        func show(_ lines: [String], _ title: String, _ split: EvaluationSplit) {
            guard showMisses, !EvaluationSplit.isHeldOut(split.name), !lines.isEmpty else { return }
            let text = "== \(title) (\(split.name))\n" + lines.joined(separator: "\n") + "\n"
            FileHandle.standardError.write(Data(text.utf8))
        }
        func wanted(_ name: String) -> Bool { sections?.contains(name) ?? true }
        var metrics: [EvaluationMetric] = []
        var splits: [EvaluationSplit] = []
        let retired = splitFilter == nil ? retiredSplits : []
        for name in splitNames where splitFilter?.contains(name) ?? !retired.contains(name) {
            do {
                splits.append(try await EvaluationSplit.load(name: name, repositoryRoot: repositoryRoot, sharedFolder: sharedFolder))
            } catch let error as EvaluationSplitError {
                guard case .sharedCorpusMissing = error else { throw error }
                FileHandle.standardError.write(Data("note: skipped. \(error.description)\n".utf8))
            }
        }
        // Real-text splits carry claims, loaded-term or group gold only; the other sections score the example corpus.
        let invented = splits.filter { !$0.isRealText }
        if wanted("articles") {
            for split in invented {
                metrics += ArticleEvaluation.metrics(for: split)
                show(ArticleEvaluation.misses(for: split), "articles", split)
            }
        }
        if wanted("claims") {
            // A real-text split annotated for loaded language only has no claims to score.
            for split in splits where !split.isRealText || split.gold.articles.contains(where: { $0.claims != nil }) {
                let gold = try ClaimEvaluation.loadGold(repositoryRoot.appendingPathComponent("examples/gold/\(split.name).json"))
                let corpus = split.corpusFolder + "/"
                metrics += ClaimEvaluation.score(report: split.report, gold: gold, inputPrefix: corpus)
                show(ClaimEvaluation.disagreements(report: split.report, gold: gold, inputPrefix: corpus), "claims", split)
            }
        }
        if wanted("framing") {
            let framing = FramingEvaluation(repositoryRoot: repositoryRoot)
            for split in invented { metrics += try framing.metrics(split: split.name, articles: split.report.articles) }
            for split in splits where split.isRealText && split.gold.articles.contains(where: { $0.loaded != nil }) {
                let scored = FramingEvaluation.scoreLoaded(split)
                metrics += scored.metrics
                show(scored.disagreements, "framing", split)
            }
        }
        if wanted("html"), let shared = sharedFolder {
            let corpus = shared.appendingPathComponent("corpora/html-eval")
            if FileManager.default.fileExists(atPath: corpus.path) {
                metrics += try HTMLEvaluation.run(corpus: corpus)
            }
        }
        if wanted("stories") {
            let examples = repositoryRoot.appendingPathComponent("examples")
            for split in invented { metrics += try await StoryEvaluation().evaluate(examples: examples, split: split.name) }
            if let shared = sharedFolder {
                let newswcl = shared.appendingPathComponent("corpora/newswcl50.jsonl")
                if FileManager.default.fileExists(atPath: newswcl.path) {
                    metrics += try StoryEvaluation().evaluateNewsWCL(file: newswcl)
                }
            }
        }
        if wanted("groups") {
            // A real-text split with group gold (several outlets' reports of one event) is scored like an invented one.
            for split in splits where !split.isRealText || !(split.gold.groups ?? []).isEmpty {
                metrics += GroupEvaluation.metrics(for: split)
                show(GroupEvaluation.misses(for: split), "groups", split)
                metrics += DenialEvaluation.metrics(for: split)
                show(DenialEvaluation.misses(for: split), "denials", split)
            }
        }
        return metrics
    }
}

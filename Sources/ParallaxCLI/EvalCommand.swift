import ArgumentParser
import Foundation
import ParallaxEval

/// `parallax eval`: score Parallax against gold annotations.
struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score Parallax against the gold annotations of the example corpus and the shared corpora.",
        discussion: """
            Runs the pipeline over the splits of examples/gold/*.json — the invented articles of examples/corpus \
            (dev, dev2, …, the held-out splits heldout…) and the real-text splits whose articles are in ../shared \
            (real, real-en, heldout-real, …) — and compares the reports with the gold (see examples/GOLD-FORMAT.md). \
            Held-out figures are never used for tuning. Sections: articles (body text, metadata, sentences, language), html (the real pages of \
            ../shared/corpora/html-eval), claims, framing, stories, groups.
            """
    )

    @Option(help: "The Parallax checkout holding examples/ (default: found from the working directory).")
    var root: String?

    @Option(help: "Which sections to run, comma-separated, or all.")
    var sections: String = "all"

    @Option(help: "Which splits to score, comma-separated (dev, dev2, …, real, real-en, heldout2, heldout-real, …), or all (retired splits excepted).")
    var splits: String = "all"

    @Flag(help: "Also write the article-metadata, claim, group and real-text loaded-term disagreements of the development splits to standard error (never a held-out split's).")
    var showMisses = false

    @Flag(help: "Print the metrics as JSON instead of a table.")
    var json = false

    func run() async throws {
        let rootURL = try root.map { URL(fileURLWithPath: $0) } ?? RepositoryLocator.locate()
        let wanted = Set(sections.split(separator: ",").map(String.init))
        let evaluator = Evaluator(repositoryRoot: rootURL)
        let wantedSplits = Set(splits.split(separator: ",").map(String.init))
        let known = evaluator.splitNames
        let unknown = wantedSplits.subtracting(known + ["all"])
        guard unknown.isEmpty else {
            throw ValidationError("Unknown split \(unknown.sorted().joined(separator: ", ")); the splits are \(known.joined(separator: ", ")).")
        }
        let metrics = try await evaluator.run(
            sections: wanted.contains("all") ? nil : wanted,
            splits: wantedSplits.contains("all") ? nil : wantedSplits,
            showMisses: showMisses)
        if json {
            let data = try JSONEncoder().encode(metrics)
            FileHandle.standardOutput.write(data + Data("\n".utf8))
        } else {
            FileHandle.standardOutput.write(Data(EvaluationTable.render(metrics).utf8))
        }
    }
}

/// Finds the Parallax checkout: the folder holding `examples/`, from the working directory or the
/// executable's location.
enum RepositoryLocator {
    static func locate() throws -> URL {
        let corpus = try ExampleCorpusLocator.locate()
        return URL(fileURLWithPath: corpus).deletingLastPathComponent().deletingLastPathComponent()
    }
}

import ArgumentParser
import Foundation
import ParallaxModel
import ParallaxIngest
import ParallaxPipeline
import ParallaxReconcile
import ParallaxReport

/// `parallax analyze PATH…`: analyse files and folders and write the report.
struct AnalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse articles and write the report.",
        discussion: """
            PATH may be a file, a folder (searched recursively) or - for standard input. Inputs may be plain \
            text (headline first), HTML pages, RSS or Atom feeds, or JSON Lines (one article per line), each \
            optionally gzip-compressed; the form is detected from the content.

            Exit status: 0 when every input was read, 1 when some could not be (one line each on standard \
            error; the report of the others is still written) or when a lexicon of the installation does not \
            load (the report is written without it, and standard error says so), 2 for a usage error.
            """
    )

    @Argument(help: "Files or folders to analyse; - reads standard input.")
    var paths: [String]

    @OptionGroup var output: OutputOptions

    func run() async throws {
        let analysis = await Analyzer(configuration: output.analyzerConfiguration)
            .analyze(paths: paths, progress: ProgressLine.reporter())
        try output.write(analysis.report)
        try analysis.reportProblems()
    }
}

/// `--format` and `--output`, shared by the commands that write a report.
struct OutputOptions: ParsableArguments {
    @Option(help: "Report format: json, markdown or html.")
    var format: ReportFormat = .json

    @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(help: "Language of the brief: de or en (default: each story's majority language).")
    var briefLanguage: String?

    func validate() throws {
        if let briefLanguage, !Reconciler.briefLanguages.contains(briefLanguage) {
            throw ValidationError(
                "--brief-language must be one of \(Reconciler.briefLanguages.joined(separator: ", ")), not \(briefLanguage)")
        }
    }

    var analyzerConfiguration: Analyzer.Configuration {
        Analyzer.Configuration(briefLanguage: briefLanguage)
    }

    func write(_ report: Report) throws {
        let text = try ReportRenderer().render(report, as: format)
        if let output {
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: output))
            } catch {
                throw ValidationError("cannot write the report to \(output): \(error.localizedDescription)")
            }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}


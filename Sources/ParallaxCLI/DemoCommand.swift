import ArgumentParser
import Foundation
import ParallaxIngest
import ParallaxPipeline
import ParallaxReport

/// `parallax demo`: analyse the bundled example corpus and print the Markdown report.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Analyse the bundled example corpus and print the Markdown report."
    )

    @Option(help: "The example corpus folder (default: examples/corpus of the Parallax checkout).")
    var corpus: String?

    @Option(help: "Report format: json, markdown or html.")
    var format: ReportFormat = .markdown

    @Option(help: "Language of the brief: de or en (default: each story's majority language).")
    var briefLanguage: String?

    @Flag(help: "Also analyse the held-out splits (folders named heldout…), which the demo leaves out so nobody reads them while tuning.")
    var includeHeldOut = false

    func run() async throws {
        let paths = try corpus.map { [$0] } ?? Self.splitFolders(of: ExampleCorpusLocator.locate(), includeHeldOut: includeHeldOut)
        let analysis = await Analyzer(configuration: .init(briefLanguage: briefLanguage))
            .analyze(paths: paths, progress: ProgressLine.reporter())
        let text = try ReportRenderer().render(analysis.report, as: format)
        FileHandle.standardOutput.write(Data(text.utf8))
        try analysis.reportProblems()
    }

    /// The split folders of the bundled corpus in name order, without the held-out ones (`heldout…`)
    /// unless `includeHeldOut`.
    static func splitFolders(of corpus: String, includeHeldOut: Bool) throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus).sorted()
        return names
            .filter { includeHeldOut || !$0.hasPrefix("heldout") }
            .map { (corpus as NSString).appendingPathComponent($0) }
    }
}

/// Finds the bundled example corpus: `examples/corpus` under the working directory or above the
/// executable (which `swift build` puts in `.build/<config>/`).
enum ExampleCorpusLocator {
    static func locate() throws -> String {
        let manager = FileManager.default
        var candidates = [manager.currentDirectoryPath]
        var executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        for _ in 0..<5 {
            executable.deleteLastPathComponent()
            candidates.append(executable.path)
        }
        for base in candidates {
            let path = (base as NSString).appendingPathComponent("examples/corpus")
            if manager.fileExists(atPath: path) { return path }
        }
        throw ValidationError("cannot find the example corpus (examples/corpus); run from the Parallax checkout or pass --corpus")
    }
}

import ArgumentParser
import Foundation

/// `parallax`: reads many news articles about the same events and shows, with sources, what they agree
/// on, where they contradict each other and where they editorialise.
@main
struct ParallaxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parallax",
        abstract: "Compare news articles about the same events: agreed facts, contradictions, framing.",
        discussion: """
            Give Parallax a pile of articles (text files, saved web pages, RSS/Atom feeds, JSON Lines, \
            optionally gzip-compressed) and it writes a report: what each article claims and on whose word, \
            which articles tell the same story, where their figures agree or conflict, how each outlet frames \
            it, and a neutral brief in which every sentence cites its sources.

            Start with `parallax demo` to see a report of the bundled example corpus.
            """,
        version: ParallaxVersion.current,
        subcommands: [AnalyzeCommand.self, DemoCommand.self, ExtractCommand.self, EvalCommand.self]
    )

    /// Runs the command, exiting with status 2 (not the library's 64) on a usage error, as the report
    /// contract specifies.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

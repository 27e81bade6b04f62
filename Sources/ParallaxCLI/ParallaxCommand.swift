import ArgumentParser

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
}

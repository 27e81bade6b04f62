import ArgumentParser

/// `parallax eval`: score Parallax against gold annotations.
struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score Parallax against the gold annotations of the example corpus and the shared corpora."
    )

    func run() async throws {
        throw ValidationError("eval is not available yet")
    }
}

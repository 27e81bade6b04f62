import ArgumentParser

/// `parallax extract TEXT`: the quantities, times and entities found in a piece of text.
struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the quantities, time expressions and named entities in a text, as JSON Lines."
    )

    @Argument(help: "The text to examine, or - to read standard input.")
    var text: String

    func run() async throws {
        throw ValidationError("extract is not available yet")
    }
}

import ArgumentParser
import Foundation
import ParallaxClaims

/// `parallax extract TEXT`: the quantities, times and entities found in a piece of text.
struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the quantities, time expressions and named entities in a text, as JSON Lines.",
        discussion: """
            Each line is one mention with its kind (quantity, time, entity), the text as written, UTF-16 \
            offsets (start, end) and its normalised value: the quantity (value, low, high, qualifier, unit, \
            normalized), the resolved time (start and end day) or the entity's canonical name and kind.
            """
    )

    @Option(help: "Language of the text: de or en (default: guessed from the text).")
    var language: String = "und"

    @Option(name: .customLong("reference-date"), help: "ISO date that relative times resolve against.")
    var referenceDate: String?

    @Argument(help: "The text to examine, or - to read standard input.")
    var text: String

    func validate() throws {
        if let referenceDate, referenceDate.count < 10 || Int(referenceDate.prefix(4)) == nil {
            throw ValidationError("--reference-date must be an ISO date such as 2025-04-28, not \(referenceDate)")
        }
    }

    func run() async throws {
        let input: String
        if text == "-" {
            input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        } else {
            input = text
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var output = Data()
        for mention in MentionExtractor().mentions(in: input, language: language, referenceDate: referenceDate) {
            output += try encoder.encode(mention)
            output += Data("\n".utf8)
        }
        FileHandle.standardOutput.write(output)
    }
}

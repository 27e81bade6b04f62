import Foundation

/// The `label<TAB>value` lines of a derivation rule's data file (`compound-heads.txt`, `compound-first-parts.txt`),
/// split and trimmed the same way for every rule that reads such a file.
enum LabelledRuleLines {
    /// One line: its number and text (for errors), its label and its value as written.
    struct Line {
        let number: Int
        let text: String
        let label: String
        let value: String
    }

    /// Line `number` of `file`, which must hold exactly one label and one value.
    /// - Throws: ``FramingLexiconError/badPattern(file:line:text:)`` for a line with another number of fields.
    static func line(_ number: Int, _ text: String, file: String) throws(FramingLexiconError) -> Line {
        let fields = text.split(separator: "\t", omittingEmptySubsequences: true)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard fields.count == 2 else { throw .badPattern(file: file, line: number, text: text) }
        return Line(number: number, text: text, label: fields[0], value: fields[1])
    }

    /// The value of a `minimum` line: a count of bytes, zero or more.
    /// - Throws: ``FramingLexiconError/badPattern(file:line:text:)`` when it is no such number.
    static func minimum(_ line: Line, file: String) throws(FramingLexiconError) -> Int {
        guard let value = Int(line.value), value >= 0 else {
            throw .badPattern(file: file, line: line.number, text: line.text)
        }
        return value
    }
}

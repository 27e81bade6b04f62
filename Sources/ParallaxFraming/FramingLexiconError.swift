/// Why the framing lexicons could not be loaded.
package enum FramingLexiconError: Error, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The `Lexicons` folder is missing from the bundle.
    case missingLexicons
    /// A lexicon file could not be read.
    case unreadable(file: String)
    /// A line is not `label<TAB>pattern`, or the pattern is malformed.
    case badPattern(file: String, line: Int, text: String)

    /// A sentence a user can act on.
    package var description: String {
        switch self {
        case .missingLexicons:
            "The framing lexicons are missing from the installation; reinstall Parallax."
        case .unreadable(let file):
            "The framing lexicon \(file) could not be read; reinstall Parallax."
        case .badPattern(let file, let line, _):
            "The framing lexicon \(file) has a malformed entry on line \(line)."
        }
    }

    /// The detail, with the offending text.
    package var debugDescription: String {
        switch self {
        case .badPattern(let file, let line, let text): "\(file):\(line): bad pattern '\(text)'"
        default: description
        }
    }
}

/// The form of an input, told from its content (the file name is not trusted).
package enum InputForm: Sendable, Equatable {
    /// A full HTML page (or a bare HTML fragment saved as a file).
    case html
    /// An RSS 2.0 or RSS 1.0 (RDF) feed, or XML that may be one.
    case rss
    /// An Atom feed.
    case atom
    /// JSON Lines: one JSON object per line.
    case jsonLines
    /// Plain text.
    case plainText

    /// The form of the decoded `text`, from its first kilobytes.
    /// - Complexity: O(1): looks at most at the first 4,096 characters.
    package static func detect(_ text: String) -> InputForm {
        let start = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        guard let first = start.first else { return .plainText }
        if first == "{" { return .jsonLines }
        guard first == "<" else { return .plainText }
        let head = String(start.prefix(4096)).lowercased()
        if head.contains("<rss") || head.contains("<rdf:rdf") { return .rss }
        if head.contains("<feed") && !head.contains("<html") { return .atom }
        if head.hasPrefix("<?xml") && !head.contains("<html") && !head.contains("<!doctype html") { return .rss }
        return .html
    }
}

/// A non-blank line of a plain-text article and whether a blank line came before it.
package struct TextLine: Sendable, Equatable {
    /// The shape of the line.
    package var shape: LineShape
    /// Whether one or more blank lines precede it.
    package var blankBefore: Bool

    /// A line of `text`.
    package init(_ text: String, blankBefore: Bool) {
        shape = LineShape(text)
        self.blankBefore = blankBefore
    }

    /// Splits `text` into its non-blank lines.
    /// - Complexity: O(n) in the length of `text`.
    package static func lines(of text: String) -> [TextLine] {
        var lines: [TextLine] = []
        var blank = false
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            if line.allSatisfy(\.isWhitespace) {
                blank = true
                continue
            }
            lines.append(TextLine(line, blankBefore: blank && !lines.isEmpty))
            blank = false
        }
        return lines
    }
}

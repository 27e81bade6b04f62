/// The stretches of a text that stand inside quotation marks.
///
/// Recognises German „…“, English “…”, straight "…", and guillemets »…« and «…» (single quotation
/// marks are left out: they double as apostrophes).
/// The closing mark depends on the opening one, so German „…“ and English “…” do not get confused.
/// An unclosed quotation runs to the end of the text (a quote continued in the next paragraph).
package struct QuoteSpans: Sendable, Equatable {
    /// The inner ranges, without the marks.
    package var ranges: [Range<String.Index>]

    /// Finds the quotations in `text`.
    /// - Complexity: O(n) in the length of `text`.
    package init(in text: String) {
        var ranges: [Range<String.Index>] = []
        let scalars = text.unicodeScalars
        var closers: [Unicode.Scalar] = []
        var innerStart: String.Index?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if let start = innerStart {
                if closers.contains(scalar) {
                    ranges.append(start..<index)
                    innerStart = nil
                }
            } else if let expected = Self.closers(for: scalar) {
                innerStart = next
                closers = expected
            }
            index = next
        }
        if let start = innerStart, start < text.endIndex {
            ranges.append(start..<text.endIndex)
        }
        self.ranges = ranges.filter { !$0.isEmpty }
    }

    /// The marks that close a quotation opened by `scalar`, or `nil` when it opens none.
    private static func closers(for scalar: Unicode.Scalar) -> [Unicode.Scalar]? {
        switch scalar {
        case "\u{201E}": ["\u{201C}", "\u{201D}"]  // „ … “ (German), „ … ” (Polish)
        case "\u{201C}": ["\u{201D}", "\u{201C}"]  // “ … ”
        case "\"": ["\""]
        case "\u{00BB}": ["\u{00AB}"]  // » … «
        case "\u{00AB}": ["\u{00BB}"]  // « … »
        default: nil
        }
    }

    /// The quotation that contains `range`, if any.
    package func enclosing(_ range: Range<String.Index>) -> Range<String.Index>? {
        ranges.first { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound }
    }

    /// Share of the text's letters and digits that stand inside quotation marks, 0…1.
    package func quotedShare(of text: String) -> Double {
        var total = 0
        var quoted = 0
        var rangeIndex = 0
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if WordTokenizer.isWordScalar(scalar) {
                total += 1
                while rangeIndex < ranges.count, ranges[rangeIndex].upperBound <= index { rangeIndex += 1 }
                if rangeIndex < ranges.count, ranges[rangeIndex].lowerBound <= index { quoted += 1 }
            }
            index = scalars.index(after: index)
        }
        return total == 0 ? 0 : Double(quoted) / Double(total)
    }
}

/// The stretches of a text that stand inside quotation marks.
///
/// Recognises German „…“ and ‚…‘, English “…” and ‘…’, straight "…" and '…', and guillemets »…« and
/// «…». The closing mark depends on the opening one, so German „…“ and English “…” do not get
/// confused. Single marks open only before a word and after a space, and close only after a word and
/// before a non-letter, so apostrophes ("don't", "Kim's") are not taken for quotation marks. An
/// unclosed double quotation runs to the end of the text (a quote continued in the next paragraph).
package struct QuoteSpans: Sendable, Equatable {
    /// The inner ranges, without the marks.
    package var ranges: [Range<String.Index>]

    /// Finds the quotations in `text`.
    /// - Complexity: O(n) in the length of `text`.
    package init(in text: String) {
        var ranges: [Range<String.Index>] = []
        let scalars = text.unicodeScalars
        var closers: [Unicode.Scalar] = []
        var single = false
        var innerStart: String.Index?
        var previous: Unicode.Scalar?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            let following = next < scalars.endIndex ? scalars[next] : nil
            if let start = innerStart {
                if closers.contains(scalar),
                    !single || (previous.map(WordTokenizer.isWordScalar) ?? false || previous.map(Self.isClosingPunctuation) ?? false)
                        && !(following.map(WordTokenizer.isWordScalar) ?? false)
                {
                    ranges.append(start..<index)
                    innerStart = nil
                }
            } else if let expected = Self.doubleClosers(for: scalar) {
                innerStart = next
                closers = expected
                single = false
            } else if let expected = Self.singleClosers(for: scalar),
                previous.map({ $0.properties.isWhitespace || $0 == "(" }) ?? true,
                following.map(WordTokenizer.isWordScalar) ?? false
            {
                innerStart = next
                closers = expected
                single = true
            }
            previous = scalar
            index = next
        }
        if let start = innerStart, !single, start < text.endIndex {
            ranges.append(start..<text.endIndex)
        }
        self.ranges = ranges.filter { !$0.isEmpty }
    }

    /// The marks that close a double quotation opened by `scalar`, or `nil` when it opens none.
    private static func doubleClosers(for scalar: Unicode.Scalar) -> [Unicode.Scalar]? {
        switch scalar {
        case "\u{201E}": ["\u{201C}", "\u{201D}"]  // „ … “ (German), „ … ” (Polish)
        case "\u{201C}": ["\u{201D}", "\u{201C}"]  // “ … ”
        case "\"": ["\""]
        case "\u{00BB}": ["\u{00AB}"]  // » … «
        case "\u{00AB}": ["\u{00BB}"]  // « … »
        default: nil
        }
    }

    /// The marks that close a single quotation opened by `scalar`, or `nil` when it opens none.
    private static func singleClosers(for scalar: Unicode.Scalar) -> [Unicode.Scalar]? {
        switch scalar {
        case "\u{201A}": ["\u{2018}"]  // ‚ … ‘
        case "\u{2018}": ["\u{2019}"]  // ‘ … ’
        case "'": ["'"]
        case "\u{203A}": ["\u{2039}"]  // › … ‹
        case "\u{2039}": ["\u{203A}"]  // ‹ … ›
        default: nil
        }
    }

    private static func isClosingPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        ".,!?…:;".unicodeScalars.contains(scalar)
    }

    /// The quotation that contains `range`, if any.
    package func enclosing(_ range: Range<String.Index>) -> Range<String.Index>? {
        ranges.first { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound }
    }

    /// Whether the quotation `range` of `text` reads as speech: its last character before the closing
    /// mark is sentence punctuation or a comma ("…“, sagte er"; "…!“"), as a quoted phrase's is not.
    package func isSpeech(_ range: Range<String.Index>, in text: String) -> Bool {
        let inner = text.unicodeScalars[range]
        guard let last = inner.last(where: { !$0.properties.isWhitespace }) else { return false }
        return Self.isClosingPunctuation(last)
    }

    /// Share of the text's words that stand inside quotation marks, 0…1.
    package func quotedShare(of words: [WordToken]) -> Double {
        guard !words.isEmpty else { return 0 }
        let quoted = words.filter { enclosing($0.range) != nil }.count
        return Double(quoted) / Double(words.count)
    }
}

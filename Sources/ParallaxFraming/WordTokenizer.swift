/// One word of a sentence: its case-folded form and where it stands.
package struct WordToken: Sendable, Equatable {
    /// The word lower-cased, as lexicon patterns are written.
    package var folded: String
    /// The word's range in the text it was taken from.
    package var range: Range<String.Index>

    /// Creates a token.
    package init(folded: String, range: Range<String.Index>) {
        self.folded = folded
        self.range = range
    }
}

/// Splits text into words: runs of letters and digits, joined across inner hyphens and apostrophes.
///
/// The tokenizer knows no language: "Kim-Regimes" is one word, "don't" is one word, and punctuation and
/// quotation marks separate words. Lexicon patterns match against the folded forms.
package struct WordTokenizer: Sendable {
    /// Creates a tokenizer.
    package init() {}

    /// The words of `text` in order.
    /// - Complexity: O(n) in the length of `text`.
    package func tokens(in text: String) -> [WordToken] {
        var tokens: [WordToken] = []
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var start: String.Index?
        var lastWordEnd = index
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if Self.isWordScalar(scalar) {
                if start == nil { start = index }
                lastWordEnd = next
            } else if start != nil,
                Self.isJoiner(scalar), next < scalars.endIndex, Self.isWordScalar(scalars[next])
            {
                // An inner hyphen or apostrophe keeps the word together.
            } else if let wordStart = start {
                tokens.append(Self.token(text, wordStart..<lastWordEnd))
                start = nil
            }
            index = next
        }
        if let wordStart = start {
            tokens.append(Self.token(text, wordStart..<lastWordEnd))
        }
        return tokens
    }

    private static func token(_ text: String, _ range: Range<String.Index>) -> WordToken {
        var folded = String(text.unicodeScalars[range]).lowercased()
        if folded.unicodeScalars.contains(where: { $0 == "\u{2019}" || $0 == "\u{2010}" || $0 == "\u{2011}" }) {
            folded = String(
                String.UnicodeScalarView(
                    folded.unicodeScalars.map { $0 == "\u{2019}" ? "'" : ($0 == "\u{2010}" || $0 == "\u{2011}" ? "-" : $0) }))
        }
        return WordToken(folded: folded, range: range)
    }

    /// Letters, digits and combining marks.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A)
                || (value >= 0x61 && value <= 0x7A)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
    }

    /// Hyphens and apostrophes that may stand inside a word.
    static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "-", "\u{2010}", "\u{2011}", "'", "\u{2019}": true
        default: false
        }
    }
}

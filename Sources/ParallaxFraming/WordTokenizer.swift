/// One word of a text: where it stands and where its folded form is kept.
package struct WordToken: Sendable, Equatable {
    /// The word's range in the text it was taken from.
    package var range: Range<String.Index>
    /// The range of its folded (lower-case) UTF-8 bytes in ``TokenizedText/folded``.
    package var bytes: Range<Int>

    /// Creates a token.
    package init(range: Range<String.Index>, bytes: Range<Int>) {
        self.range = range
        self.bytes = bytes
    }
}

/// A text split into words, with every word's lower-case form in one byte buffer.
///
/// Lexicon matching compares bytes of this buffer, so a sentence costs one allocation for the buffer
/// and one for the token list, not one per word.
package struct TokenizedText: Sendable {
    /// The text.
    package var text: String
    /// The folded words' UTF-8 bytes, one after another.
    package var folded: [UInt8]
    /// The words in order.
    package var words: [WordToken]

    /// The folded form of word `index` as a string.
    package func foldedWord(_ index: Int) -> String {
        String(decoding: folded[words[index].bytes], as: UTF8.self)
    }

    /// The word `index` as written.
    package func written(_ index: Int) -> Substring {
        text[words[index].range]
    }
}

/// Splits text into words: runs of letters and digits, joined across inner hyphens and apostrophes.
///
/// The tokenizer knows no language: "Kim-Regimes" is one word, "don't" is one word, and punctuation and
/// quotation marks separate words. Words are folded to lower case, typographic apostrophes and hyphens
/// to their ASCII forms, so that lexicon patterns match however the text was typeset.
package struct WordTokenizer: Sendable {
    /// Creates a tokenizer.
    package init() {}

    /// The words of `text`.
    /// - Complexity: O(n) in the length of `text`.
    package func tokenize(_ text: String) -> TokenizedText {
        var folded: [UInt8] = []
        folded.reserveCapacity(text.utf8.count)
        var words: [WordToken] = []
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var start: String.Index?
        var byteStart = 0
        var lastWordEnd = index
        var lastWordByteEnd = 0
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if Self.isWordScalar(scalar) {
                if start == nil {
                    start = index
                    byteStart = folded.count
                }
                Self.appendFolded(scalar, to: &folded)
                lastWordEnd = next
                lastWordByteEnd = folded.count
            } else if start != nil, Self.isJoiner(scalar), next < scalars.endIndex, Self.isWordScalar(scalars[next]) {
                folded.append(scalar == "\u{2019}" || scalar == "'" ? UInt8(ascii: "'") : UInt8(ascii: "-"))
            } else if let wordStart = start {
                words.append(WordToken(range: wordStart..<lastWordEnd, bytes: byteStart..<lastWordByteEnd))
                start = nil
            }
            index = next
        }
        if let wordStart = start {
            words.append(WordToken(range: wordStart..<lastWordEnd, bytes: byteStart..<lastWordByteEnd))
        }
        return TokenizedText(text: text, folded: folded, words: words)
    }

    /// The number of words in `text`, without folding them.
    package func count(in text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            if isWordOrJoiner(scalar, inWord: inWord) {
                if !inWord { count += 1 }
                inWord = true
            } else {
                inWord = false
            }
        }
        return count
    }

    private func isWordOrJoiner(_ scalar: Unicode.Scalar, inWord: Bool) -> Bool {
        Self.isWordScalar(scalar) || (inWord && Self.isJoiner(scalar))
    }

    private static func appendFolded(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        if scalar.isASCII {
            let value = UInt8(scalar.value)
            bytes.append(value >= 0x41 && value <= 0x5A ? value + 0x20 : value)
        } else if scalar.properties.changesWhenLowercased {
            bytes.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
        } else {
            bytes.append(contentsOf: String(scalar).utf8)
        }
    }

    /// Letters, digits and combining marks.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A)
                || (value >= 0x61 && value <= 0x7A)
        }
        let value = scalar.value
        if value >= 0xC0 && value <= 0x24F {
            // Latin-1 letters (but × and ÷) and Latin Extended-A/B: all letters.
            return value != 0xD7 && value != 0xF7
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

/// One word of a text: where its bytes stand in the text and in the folded buffer.
package struct WordToken: Sendable, Equatable {
    /// The word's range in the text's UTF-8 bytes.
    package var source: Range<Int>
    /// The range of its folded (lower-case) UTF-8 bytes in ``TokenizedText/folded``.
    package var bytes: Range<Int>

    /// Creates a token.
    package init(source: Range<Int>, bytes: Range<Int>) {
        self.source = source
        self.bytes = bytes
    }
}

/// A text split into words, with every word's lower-case form in one byte buffer.
///
/// Lexicon matching compares bytes of this buffer, so a sentence costs one allocation for the buffer
/// and one for the token list, not one per word. Positions are UTF-8 byte offsets into the text.
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

    /// The text's UTF-8 bytes between two offsets.
    package func bytes(_ range: Range<Int>) -> Substring.UTF8View {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        return utf8[start..<end]
    }

    /// The text between two UTF-8 offsets, as written.
    package func slice(_ range: Range<Int>) -> String {
        String(decoding: bytes(range), as: UTF8.self)
    }

    /// The UTF-8 bytes between word `index` and the next: the spaces and punctuation that separate them (`, `, `: `,
    /// ` – `). `index` must not be the last word.
    package func separator(after index: Int) -> Substring.UTF8View {
        bytes(words[index].source.upperBound..<words[index + 1].source.lowerBound)
    }

    /// The word `index` as written.
    package func written(_ index: Int) -> String {
        slice(words[index].source)
    }
}

/// Splits text into words: runs of letters and digits, joined across inner hyphens and apostrophes.
///
/// The tokenizer knows no language: "Kim-Regimes" is one word, "don't" is one word, and punctuation and
/// quotation marks separate words. Words are folded to lower case, typographic apostrophes and hyphens
/// to their ASCII forms, so that lexicon patterns match however the text was typeset. The scan works on
/// UTF-8 bytes; ASCII and Latin-1 letters take a fast path, other scalars are decoded and asked for
/// their Unicode properties.
package struct WordTokenizer: Sendable {
    /// Creates a tokenizer.
    package init() {}

    /// The number of words in `text`.
    package func count(in text: String) -> Int {
        tokenize(text).words.count
    }

    /// The words of `text`.
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    package func tokenize(_ text: String) -> TokenizedText {
        var text = text
        text.makeContiguousUTF8()
        let (folded, words) = text.utf8.withContiguousStorageIfAvailable { Self.scan($0) } ?? ([], [])
        return TokenizedText(text: text, folded: folded, words: words)
    }

    /// What a scalar is to the tokenizer.
    private enum Kind { case word, joiner, other }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> ([UInt8], [WordToken]) {
        var words: [WordToken] = []
        words.reserveCapacity(bytes.count / 6 + 1)
        // Lower-casing never more than triples a scalar's UTF-8 length.
        let folded = [UInt8](unsafeUninitializedCapacity: bytes.count * 3) { buffer, count in
            var out = 0
            var offset = 0
            var start = -1
            var byteStart = 0
            var lastEnd = 0
            // Whether the text is tokenised (decided when first needed): -1 unknown, 0 no, 1 yes.
            var tokenised = -1
            while offset < bytes.count {
                let lead = bytes[offset]
                if lead < 0x80 {
                    // ASCII fast path.
                    if lead == 0x20, start >= 0, lastEnd == offset, offset + 3 < bytes.count,
                        bytes[offset + 1] == 0x2D, bytes[offset + 2] == 0x20,
                        classify(bytes, at: offset + 3).0 == .word
                    {
                        // "self - confessed", "anti - Muslim": in tokenised text (spaces around every
                        // punctuation mark) a spaced hyphen joins the word; elsewhere " - " is a dash.
                        if tokenised < 0 { tokenised = isTokenised(bytes) ? 1 : 0 }
                        if tokenised == 1 {
                            buffer[out] = 0x2D
                            out += 1
                            offset += 3
                            continue
                        }
                    }
                    if isASCIILetterOrDigit(lead) {
                        if start < 0 {
                            start = offset
                            byteStart = out
                        }
                        // The rest of the run of ASCII letters and digits in a loop of its own (round 28): each of its
                        // bytes went through the tests above and the stores of the word's end, about 28 instructions a
                        // byte, the largest cost of the framing stage.
                        repeat {
                            let byte = bytes[offset]
                            buffer[out] = byte &- 0x41 < 26 ? byte + 0x20 : byte
                            out += 1
                            offset += 1
                        } while offset < bytes.count && isASCIILetterOrDigit(bytes[offset])
                        lastEnd = offset
                        continue
                    } else if start >= 0, lead == 0x2D || lead == 0x27, offset + 1 < bytes.count,
                        classify(bytes, at: offset + 1).0 == .word
                    {
                        buffer[out] = lead
                        out += 1
                    } else if start >= 0 {
                        words.append(WordToken(source: start..<lastEnd, bytes: byteStart..<out))
                        start = -1
                    }
                    offset += 1
                    continue
                }
                let (kind, length, scalar) = classify(bytes, at: offset)
                switch kind {
                case .word:
                    if start < 0 {
                        start = offset
                        byteStart = out
                    }
                    out = appendFolded(bytes, offset, length, scalar, to: buffer, at: out)
                    lastEnd = offset + length
                case .joiner where start >= 0 && offset + length < bytes.count
                    && classify(bytes, at: offset + length).0 == .word:
                    buffer[out] = scalar == 0x2019 ? UInt8(ascii: "'") : UInt8(ascii: "-")
                    out += 1
                default:
                    if start >= 0 {
                        words.append(WordToken(source: start..<lastEnd, bytes: byteStart..<out))
                        start = -1
                    }
                }
                offset += length
            }
            if start >= 0 {
                words.append(WordToken(source: start..<lastEnd, bytes: byteStart..<out))
            }
            count = out
        }
        return (folded, words)
    }

    /// True for `0`–`9`, `A`–`Z` and `a`–`z`.
    @inline(__always)
    private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
    }

    /// Whether a text is tokenised the way NLP corpora print it: a comma or full stop with a space
    /// before it ("Trump , who", "said ."). In such text a spaced hyphen is a word's inner hyphen
    /// ("Kim Jong - un", "all - out"); in ordinary text " - " is a dash ("Wien - Die Polizei").
    private static func isTokenised(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 2 else { return false }
        for index in 1..<bytes.count where bytes[index - 1] == 0x20 && (bytes[index] == 0x2C || bytes[index] == 0x2E) {
            if index + 1 == bytes.count || bytes[index + 1] == 0x20 || bytes[index + 1] == 0x0A { return true }
        }
        return false
    }

    /// What the scalar at `offset` is, its byte length and its value.
    private static func classify(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (Kind, Int, UInt32) {
        let lead = bytes[offset]
        if lead < 0x80 {
            let isWord = (lead >= 0x30 && lead <= 0x39) || (lead >= 0x41 && lead <= 0x5A) || (lead >= 0x61 && lead <= 0x7A)
            if isWord { return (.word, 1, UInt32(lead)) }
            return (lead == 0x2D || lead == 0x27 ? .joiner : .other, 1, UInt32(lead))
        }
        let (scalar, length) = decode(bytes, at: offset)
        if scalar >= 0xC0 && scalar <= 0x24F { return (scalar == 0xD7 || scalar == 0xF7 ? .other : .word, length, scalar) }
        if scalar == 0x2010 || scalar == 0x2011 || scalar == 0x2019 { return (.joiner, length, scalar) }
        if scalar >= 0x2000 && scalar <= 0x206F { return (.other, length, scalar) }
        guard let value = Unicode.Scalar(scalar) else { return (.other, length, scalar) }
        let properties = value.properties
        return (properties.isAlphabetic || properties.numericType != nil ? .word : .other, length, scalar)
    }

    /// The scalar value and byte length of the UTF-8 sequence at `offset` (invalid bytes: U+FFFD, 1).
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (UInt32, Int) {
        let lead = bytes[offset]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, offset + length <= bytes.count else { return (0xFFFD, 1) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for index in 1..<length {
            value = value << 6 | UInt32(bytes[offset + index] & 0x3F)
        }
        return (value, length)
    }

    /// Writes the lower-case form of the scalar at `offset` to `buffer` at `out`; returns the new end.
    private static func appendFolded(
        _ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int, _ length: Int, _ scalar: UInt32,
        to buffer: UnsafeMutableBufferPointer<UInt8>, at out: Int
    ) -> Int {
        var out = out
        if scalar >= 0xC0 && scalar <= 0xDE && scalar != 0xD7 {
            // Latin-1 capitals fold by adding 0x20 to the second byte.
            buffer[out] = bytes[offset]
            buffer[out + 1] = bytes[offset + 1] + 0x20
            return out + 2
        }
        if let value = Unicode.Scalar(scalar), value.properties.changesWhenLowercased {
            for byte in value.properties.lowercaseMapping.utf8 {
                buffer[out] = byte
                out += 1
            }
            return out
        }
        for index in 0..<length {
            buffer[out] = bytes[offset + index]
            out += 1
        }
        return out
    }
}

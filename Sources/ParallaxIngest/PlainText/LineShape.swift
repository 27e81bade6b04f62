/// The shape of one line of plain text: words, final punctuation, list marker, case.
///
/// The plain-text rules (datelines, headings, boilerplate) look only at these features, never at
/// particular wording, apart from the cue phrases of the lexicons.
package struct LineShape: Sendable, Equatable {
    /// The line as written, trimmed.
    package let text: String
    /// The line without a leading list marker (`- `, `• `, `* `, `– `, `· `, `› `, `» `).
    package let content: String
    /// Whether the line starts with a list marker.
    package let isBullet: Bool
    /// Number of whitespace-separated words of ``content``.
    package let wordCount: Int
    /// ``content`` lower-cased, for cue matching.
    package let lowered: String

    /// Characters that end a sentence or clause; a heading ends with none of them.
    private static let clauseEnders: Set<Character> = [".", ",", ";", ":", "…"]
    /// Characters that end a sentence.
    private static let sentenceEnders: Set<Character> = [".", "!", "?", "…", ":", ";"]
    private static let bulletMarkers: Set<Character> = ["-", "•", "*", "–", "·", "›", "»", "▪", "►"]

    /// The shape of `line`.
    package init(_ line: String) {
        let trimmed = line.trimmingWhitespace()
        text = trimmed
        if let first = trimmed.first, Self.bulletMarkers.contains(first), trimmed.dropFirst().first == " " {
            isBullet = true
            content = String(trimmed.dropFirst(2)).trimmingWhitespace()
        } else {
            isBullet = false
            content = trimmed
        }
        wordCount = Self.countWords(content)
        lowered = Self.lowercase(content)
    }

    /// The last character that is not a closing quote or bracket.
    package var finalMark: Character? {
        content.last { !"\"'“”»«‘’)]".contains($0) }
    }

    /// Whether the line ends like a sentence or a clause (`.`, `!`, `?`, `:`, `;`, `…`).
    package var endsSentence: Bool {
        guard let mark = finalMark else { return false }
        return Self.sentenceEnders.contains(mark)
    }

    /// Whether the line ends with `.`, `,`, `;`, `:` or `…`, which a heading never does.
    package var endsClause: Bool {
        guard let mark = finalMark else { return false }
        return Self.clauseEnders.contains(mark)
    }

    /// Whether the whole line stands in round brackets (`(Reporting by …)`), as a note complete in itself.
    package var isBracketed: Bool {
        content.hasPrefix("(") && content.hasSuffix(")")
    }

    /// Whether the first letter is lower-case (a wrapped continuation line).
    package var startsLowercase: Bool {
        content.first?.isLowercase ?? false
    }

    /// ``content`` lower-cased, without trailing `:`, `.`, `…` and spaces, for cue matching.
    package var key: String {
        var key = lowered
        while let last = key.last, ":.…!? ".contains(last) { key.removeLast() }
        return key
    }

    /// Whether the line could be a heading: at most 15 words, no clause-ending mark.
    package var couldBeHeading: Bool {
        wordCount >= 1 && wordCount <= 15 && content.count <= 140 && !endsClause && !isBullet && !hasInnerSentenceEnd
            && !isFactLine
    }

    /// Whether the line is a fact box's entry: a label, a colon and a figure of at most three words
    /// (`Verletzte: über 80`, `Polizisten im Einsatz: 1.200`, `Injured: 23`) — a statement, not a heading.
    package var isFactLine: Bool {
        guard content.last?.isNumber == true, let colon = content.lastIndex(of: ":") else { return false }
        let value = content[content.index(after: colon)...]
        let words = value.split(separator: " ")
        return value.first == " " && !words.isEmpty && words.count <= 3 && content[..<colon].contains(where: \.isLetter)
    }

    /// Whether a sentence ends inside the line: `.`, `!` or `?` after a lower-case word of four or more
    /// letters, then a space and a capital (`… registrieren. Schweigen schützt …!`). A heading is one
    /// sentence at most; abbreviations (`Dr. Weiss`, `St. Anna`) are too short to count.
    package var hasInnerSentenceEnd: Bool {
        let characters = Array(content)
        guard characters.count > 6 else { return false }
        for index in 4..<(characters.count - 2) where ".!?".contains(characters[index])
            && characters[index + 1] == " " && characters[index + 2].isUppercase
        {
            let word = characters[(index - 4)..<index]
            if word.allSatisfy({ $0.isLowercase }) { return true }
        }
        return false
    }
}

extension LineShape {
    /// Words of `text`: runs of bytes other than space and tab.
    /// - Complexity: O(n) over the UTF-8 bytes.
    /// `text` lower-cased: ASCII by byte arithmetic, other scalars by their Unicode lowercase mapping.
    /// Equal to `String.lowercased()` (see the differential test) but faster on mostly-ASCII text.
    package static func lowercase(_ text: String) -> String {
        var hasUpper = false
        var isASCII = true
        for byte in text.utf8 {
            if byte >= 0x80 { isASCII = false }
            if byte >= 0x41 && byte <= 0x5A { hasUpper = true }
        }
        if isASCII && !hasUpper { return text }
        var result = String.UnicodeScalarView()
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                result.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(value + 0x20)! : scalar)
            } else if scalar.properties.changesWhenLowercased {
                result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    fileprivate static func countWords(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            let isSpace = byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
            if !isSpace && !inWord { count += 1 }
            inWord = !isSpace
        }
        return count
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and carriage returns.
    /// - Complexity: O(n) over the UTF-8 bytes; no copy when there is nothing to trim.
    package func trimmingWhitespace() -> String {
        func isSpace(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
                || byte == UInt8(ascii: "\n")
        }
        let bytes = utf8
        guard let first = bytes.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = bytes.lastIndex(where: { !isSpace($0) })!
        if first == bytes.startIndex, bytes.index(after: last) == bytes.endIndex { return self }
        return String(Substring(bytes[first...last]))
    }

    /// Whether `phrase` occurs in the string starting and ending at word boundaries.
    ///
    /// Compares UTF-8 bytes (case-sensitively: pass lower-cased text and phrases). A boundary is a
    /// character that is neither a letter nor a digit; a phrase that starts or ends with such a character
    /// needs no boundary on that side.
    /// - Complexity: O(n·m) worst case, O(n) typically, without allocating.
    package func containsPhrase(_ phrase: String) -> Bool {
        var haystack = self
        var needle = phrase
        return haystack.withUTF8 { text in
            needle.withUTF8 { pattern in Self.findPhrase(pattern, in: text) }
        }
    }

    private static func findPhrase(_ pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = pattern.first, pattern.count <= text.count else { return false }
        let patternStartsWord = isWordScalar(at: 0, in: pattern)
        let patternEndsWord = isWordScalar(at: scalarStart(before: pattern.count, in: pattern), in: pattern)
        var start = 0
        let last = text.count - pattern.count
        while start <= last {
            if text[start] == first {
                var matched = true
                var offset = 1
                while offset < pattern.count {
                    if text[start + offset] != pattern[offset] {
                        matched = false
                        break
                    }
                    offset += 1
                }
                if matched {
                    let end = start + pattern.count
                    let beforeOK =
                        start == 0 || !patternStartsWord
                        || !isWordScalar(at: scalarStart(before: start, in: text), in: text)
                    let afterOK = end == text.count || !patternEndsWord || !isWordScalar(at: end, in: text)
                    if beforeOK && afterOK { return true }
                }
            }
            start += 1
        }
        return false
    }

    /// The index of the first byte of the scalar that ends just before `index`.
    static func scalarStart(before index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var cursor = index - 1
        while cursor > 0, bytes[cursor] & 0xC0 == 0x80 { cursor -= 1 }
        return cursor
    }

    /// Whether the scalar starting at `index` is a letter or a digit.
    static func isWordScalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 {
            return (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
        }
        var iterator = bytes[index...].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
        let character = Character(scalar)
        return character.isLetter || character.isNumber
    }
}

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
        lowered = content.lowercased()
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
        wordCount >= 1 && wordCount <= 15 && content.count <= 140 && !endsClause && !isBullet
    }
}

extension LineShape {
    /// Words of `text`: runs of bytes other than space and tab.
    /// - Complexity: O(n) over the UTF-8 bytes.
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
            byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n")
        }
        let bytes = utf8
        guard let first = bytes.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = bytes.lastIndex(where: { !isSpace($0) })!
        if first == bytes.startIndex, bytes.index(after: last) == bytes.endIndex { return self }
        return String(Substring(bytes[first...last]))
    }

    /// Whether `phrase` occurs in the string starting and ending at word boundaries.
    ///
    /// Compares UTF-8 bytes (case-sensitively: pass lower-cased text and phrases). A boundary is a byte
    /// that is ASCII and not a letter or digit; non-ASCII bytes count as letters.
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
        func isWordByte(_ byte: UInt8) -> Bool {
            byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
        }
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
                    let beforeOK = start == 0 || !isWordByte(text[start - 1]) || !isWordByte(first)
                    let end = start + pattern.count
                    let afterOK = end == text.count || !isWordByte(text[end]) || !isWordByte(pattern[pattern.count - 1])
                    if beforeOK && afterOK { return true }
                }
            }
            start += 1
        }
        return false
    }
}

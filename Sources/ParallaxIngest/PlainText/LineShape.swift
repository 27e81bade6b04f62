import Foundation

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
        wordCount = content.split(whereSeparator: { $0 == " " || $0 == "\t" }).count
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
        var key = content.lowercased()
        while let last = key.last, ":.…!? ".contains(last) { key.removeLast() }
        return key
    }

    /// Whether the line could be a heading: at most 15 words, no clause-ending mark.
    package var couldBeHeading: Bool {
        wordCount >= 1 && wordCount <= 15 && content.count <= 140 && !endsClause && !isBullet
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    package func trimmingWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = lastIndex(where: { !$0.isWhitespace })!
        return String(self[first...last])
    }

    /// Whether `phrase` occurs in the string starting and ending at word boundaries.
    package func containsPhrase(_ phrase: String) -> Bool {
        var searchRange = startIndex..<endIndex
        while let range = range(of: phrase, range: searchRange) {
            let beforeOK = range.lowerBound == startIndex || !self[index(before: range.lowerBound)].isLetter
            let afterOK = range.upperBound == endIndex || !self[range.upperBound].isLetter
            if beforeOK && afterOK { return true }
            searchRange = range.upperBound..<endIndex
        }
        return false
    }
}

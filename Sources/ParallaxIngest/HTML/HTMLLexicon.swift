import Foundation

/// The language data the HTML extractor reads: "read also" openings, byline openings, month names
/// and desk words, merged over every language folder in `Lexicons/`.
///
/// Files are `Lexicons/<lang>/html-*.txt`, `#` comments, one entry per line (see the Lexicons
/// README). Adding a language means adding its files; the code stays language-neutral.
package struct HTMLLexicon: Sendable {
    /// Lower-case openings of "read also" lines.
    package var readAlso: [String] = []
    /// Lower-case openings of bylines.
    package var bylinePrefixes: [String] = []
    /// Lower-case month names and abbreviations to their number.
    package var months: [String: Int] = [:]
    /// Lower-case words that name a desk, not a person.
    package var nonPersonWords: Set<String> = []
    /// Lower-case openings of headings that start a comment section.
    package var commentHeadings: [String] = []
    /// Lower-case openings of picture credits ("Foto:"), whose names are not authors.
    package var creditPrefixes: Set<String> = []

    /// The lexicon bundled with the target, loaded once.
    package static let shared = HTMLLexicon(bundled: ())

    /// An empty lexicon, for tests that add entries by hand.
    package init() {}

    private init(bundled: Void) {
        guard let root = Bundle.module.url(forResource: "Lexicons", withExtension: nil),
            let languages = try? FileManager.default.contentsOfDirectory(atPath: root.path)
        else { return }
        for language in languages.sorted() {
            let folder = root.appendingPathComponent(language)
            readAlso += Self.lines(folder.appendingPathComponent("html-read-also.txt"))
            bylinePrefixes += Self.lines(folder.appendingPathComponent("html-byline-prefixes.txt"))
            nonPersonWords.formUnion(Self.lines(folder.appendingPathComponent("html-non-person-authors.txt")))
            creditPrefixes.formUnion(Self.lines(folder.appendingPathComponent("html-credit-prefixes.txt")))
            commentHeadings += Self.lines(folder.appendingPathComponent("html-comment-headings.txt"))
            for line in Self.lines(folder.appendingPathComponent("html-months.txt")) {
                let parts = line.split(separator: "=", maxSplits: 1)
                if parts.count == 2, let number = Int(parts[1].trimmingCharacters(in: .whitespaces)) {
                    months[parts[0].trimmingCharacters(in: .whitespaces)] = number
                }
            }
        }
        // Longest openings first, so "by" never shadows "by the way".
        bylinePrefixes.sort { $0.count > $1.count }
    }

    /// Entry lines of `url`, lower-cased; empty when the file is missing.
    private static func lines(_ url: URL) -> [String] {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(whereSeparator: \.isNewline).compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty || trimmed.hasPrefix("#") ? nil : trimmed.lowercased()
        }
    }

    /// Whether `text` opens with a "read also" phrase.
    package func startsWithReadAlso(_ text: String) -> Bool {
        let head = String(text.prefix(40))
        let lower = head.lowercased()
        return readAlso.contains { lower.hasPrefix($0) && Self.boundary(after: $0, in: head) }
    }

    /// The name part of a byline line such as "Von Anna Muster", or `nil`.
    /// - Parameter requireCapital: whether the name must start with a capital letter (to tell
    ///   "Von Anna Muster" from a sentence that starts with "Von").
    package func bylineName(_ text: String, requireCapital: Bool = true) -> String? {
        let lower = text.lowercased()
        for prefix in bylinePrefixes where lower.hasPrefix(prefix) && Self.boundary(after: prefix, in: text) {
            let rest = text.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
            guard let first = rest.first, first.isUppercase || !requireCapital else { return requireCapital ? nil : "" }
            return rest
        }
        return nil
    }

    /// The name after a one-word byline opening inside a meta line ("Posted on 3 May by marc"),
    /// or `nil`.
    package func embeddedBylineName(_ text: String) -> String? {
        let lower = text.lowercased()
        for prefix in bylinePrefixes where !prefix.contains(" ") && prefix.last?.isLetter == true {
            guard let range = lower.range(of: " \(prefix) ", options: .backwards) else { continue }
            let offset = lower.distance(from: lower.startIndex, to: range.upperBound)
            let rest = text.dropFirst(offset).trimmingCharacters(in: .whitespaces)
            if !rest.isEmpty { return rest }
        }
        return nil
    }

    /// Whether the heading `text` opens a comment section ("Kommentare", "3 Comments").
    package func isCommentHeading(_ text: String) -> Bool {
        guard text.count < 60 else { return false }
        let lower = text.lowercased().drop { $0.isNumber || $0 == " " }
        return commentHeadings.contains { lower.hasPrefix($0) }
    }

    /// Whether `text` carries a picture credit: "©" or a credit word followed by a colon.
    package func containsCredit(_ text: String) -> Bool {
        if text.contains("©") { return true }
        let lower = text.lowercased()
        return creditPrefixes.contains { lower.contains($0 + ":") }
    }

    /// Whether `text` is a short byline line.
    package func startsWithByline(_ text: String) -> Bool {
        guard let name = bylineName(text) else { return false }
        let words = name.split(separator: " ")
        return words.count <= 12 && !(text.hasSuffix(".") && words.count > 5)
    }

    /// Whether `prefix` ends at a word boundary in `text`, or a capital glued to it starts a
    /// new word ("AuthorAnna").
    private static func boundary(after prefix: String, in text: some StringProtocol) -> Bool {
        guard text.count > prefix.count else { return true }
        if let last = prefix.last, !last.isLetter { return true }
        let index = text.index(text.startIndex, offsetBy: prefix.count)
        let next = text[index]
        if !next.isLetter { return true }
        let previous = text[text.index(before: index)]
        return next.isUppercase && previous.isLowercase
    }
}

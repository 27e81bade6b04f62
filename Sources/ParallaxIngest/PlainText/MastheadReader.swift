import Foundation

/// Reads the outlet's name from a masthead line above the headline.
///
/// Mastheads come in several shapes; each is read by its form, never by its wording:
/// - a name with a tagline or section after a dash or bar (`Example Post – unabhängig, kritisch`,
///   `Example Post | Panorama`, `The Example Post — English edition`): the part before it;
/// - an agency code set off from the name by a dash or in brackets after it (`xyz – Example Press Agency`,
///   `EXAMPLE PRESS AGENCY (xyz)`): the name without the code; a code written straight before the name
///   (`xyz Example Press Agency`, `XYZ Example Press Agency`) is part of the name as the agency writes it, and stays
///   (round 32: 18 of the 19 writers who set such a masthead keep it);
/// - a web address (`example-post.example`): its first label, hyphens read as spaces;
/// - a name in capitals (`THE EXAMPLE POST`): in title case (`The Example Post`), unless the article
///   writes the name elsewhere (see ``PlainTextReader``).
package struct MastheadReader: Sendable {
    /// Separators between a name and its tagline, section or code.
    private static let separators = [" | ", " – ", " — ", " - ", " · ", " • "]

    private let legalForms: [String]

    /// A reader; `cues` give the legal forms a name may end with (`e.V.`, `GmbH`, `Ltd.`).
    package init(cues: BoilerplateCues = .shared) {
        legalForms = cues.legalForms
    }

    /// Whether the line ends with a legal form after a name (`Netzrecht e.V.`, `Example Holdings Ltd.`),
    /// whose full stop ends no sentence.
    package func endsWithLegalForm(_ shape: LineShape) -> Bool {
        let words = shape.lowered.split(separator: " ")
        guard shape.wordCount >= 2, let last = words.last else { return false }
        // A form written with a space (`e. V.`, `e. G.`) is the listed form without it (round 20).
        if words.count >= 3, legalForms.contains(String(words[words.count - 2] + last)) { return true }
        return legalForms.contains(String(last)) || legalForms.contains(String(last.hasSuffix(".") ? last.dropLast() : last))
    }

    /// The outlet's name in a masthead line, or `nil` when the line cannot be a masthead: a name of
    /// at most six words without sentence marks or digits.
    package func name(of shape: LineShape) -> String? {
        guard !shape.isBullet, shape.content.count <= 80, !shape.endsSentence || endsWithLegalForm(shape) else { return nil }
        let text = shape.content
        for separator in Self.separators {
            guard let range = text.range(of: separator) else { continue }
            let head = String(text[..<range.lowerBound]).trimmingWhitespace()
            let tail = String(text[range.upperBound...]).trimmingWhitespace()
            if isCode(head), let name = plainName(tail) { return name }
            if let name = plainName(head), LineShape(tail).wordCount <= 6 {
                return name
            }
            return nil
        }
        return plainName(text)
    }

    /// `text` as a name: without a bracketed agency code, from a web address, out of capitals.
    private func plainName(_ text: String) -> String? {
        var words = text.split(separator: " ").map(String.init)
        if words.count == 1, let label = webLabel(words[0]) {
            return Self.titleCased(label.replacingOccurrences(of: "-", with: " "))
        }
        if let last = words.last, words.count >= 2, last.hasPrefix("("), last.hasSuffix(")"),
            isCode(String(last.dropFirst().dropLast()))
        {
            words.removeLast()
        }
        let name = words.joined(separator: " ")
        guard (1...6).contains(words.count), name.count <= 50, name.first?.isLetter == true,
            !name.contains(where: { $0.isNumber || ",;:!?".contains($0) })
        else { return nil }
        if words.count > 4, !words.allSatisfy({ $0.first?.isUppercase == true || $0 == "&" }) { return nil }
        return isAllCapitals(name) ? Self.titleCased(name) : name
    }

    /// Whether `word` is an agency code: two to five letters, all of one case (`xyz`, `XYZ`).
    private func isCode(_ word: String) -> Bool {
        (2...5).contains(word.count) && word.allSatisfy(\.isLetter)
            && (word.allSatisfy(\.isLowercase) || word.allSatisfy(\.isUppercase))
    }

    /// The first label of a bare web address (`example-post.example` → `example-post`), or `nil`.
    private func webLabel(_ word: String) -> String? {
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.allSatisfy({ $0.count >= 2 }),
            parts.allSatisfy({ $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }),
            let last = parts.last, last.allSatisfy(\.isLetter)
        else { return nil }
        var label = parts.dropLast().last.map(String.init) ?? ""
        if LineShape.lowercase(label) == "www", parts.count >= 3 { label = String(parts[parts.count - 2]) }
        return label.contains(where: \.isLetter) ? label : nil
    }

    /// Whether every letter of `text` is upper-case, with at least two letters.
    private func isAllCapitals(_ text: String) -> Bool {
        let letters = text.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }

    /// The form in which `lines` write the outlet `name` read from a masthead in capitals or from a
    /// web address (`© 2026 Example-Post Verlag` → `Example-Post`), or `nil` when none writes it in
    /// mixed case. Spaces in `name` may be written as hyphens or left out.
    package func writtenForm(of name: String, in lines: [String]) -> String? {
        let variants = Set([name, name.replacingOccurrences(of: " ", with: "-"), name.replacingOccurrences(of: " ", with: "")])
        for line in lines {
            for variant in variants {
                var searchRange = line.startIndex..<line.endIndex
                while let range = line.range(of: variant, options: [.caseInsensitive], range: searchRange) {
                    let found = String(line[range])
                    let before = range.lowerBound == line.startIndex ? nil : line[line.index(before: range.lowerBound)]
                    let after = range.upperBound == line.endIndex ? nil : line[range.upperBound]
                    let bounded = !(before?.isLetter ?? false) && !(after?.isLetter ?? false) && before != "@"
                        && after != "." && before != "."
                    if bounded, !isAllCapitals(found), found.first?.isUppercase == true { return found }
                    searchRange = range.upperBound..<line.endIndex
                }
            }
        }
        return nil
    }

    /// `text` with each word and each hyphenated part capitalised and the rest in lower case
    /// (`NORTH-SEA POST` → `North-Sea Post`).
    package static func titleCased(_ text: String) -> String {
        text.split(separator: " ").map { word in
            word.split(separator: "-", omittingEmptySubsequences: false).map { part in
                guard let first = part.first else { return "" }
                return String(first).uppercased() + LineShape.lowercase(String(part.dropFirst()))
            }.joined(separator: "-")
        }.joined(separator: " ")
    }
}

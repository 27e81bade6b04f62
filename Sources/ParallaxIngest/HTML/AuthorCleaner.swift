import Foundation

/// Turns raw author strings (JSON-LD names, meta values, bylines) into person names.
///
/// Strips byline openings ("Von", "By"), cuts at dates, separators and parentheses, splits "A und B"
/// and "A, B", drops e-mail addresses, URLs and desk names made only of words like "Redaktion" or
/// the site name.
package struct AuthorCleaner {
    private let lexicon: HTMLLexicon
    private let siteWords: Set<String>

    package init(lexicon: HTMLLexicon, siteName: String?) {
        self.lexicon = lexicon
        self.siteWords = Set((siteName ?? "").lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
    }

    /// Names from the first source that yields any: JSON-LD, meta tags, marked page elements,
    /// then meta lines that carry a date and a byline ("Gespeichert von rasos am 24. Juli 2017").
    package func authors(jsonLD: [String], meta: [String], marked: [String], metaLines: [String] = []) -> [String] {
        for source in [jsonLD, meta] {
            var names: [String] = []
            for raw in source {
                for name in clean(raw) where !names.contains(name) { names.append(name) }
            }
            if !names.isEmpty { return names }
        }
        // Marked elements repeat the byline (header, footer box): the first that names someone wins.
        for raw in marked {
            let names = clean(raw)
            if !names.isEmpty { return names }
        }
        for line in metaLines where line.count < 160 {
            guard lexicon.embeddedBylineName(line) != nil || lexicon.bylineName(line) != nil else { continue }
            // Inside running text, only capitalised names or single user names count.
            let names = clean(line).filter { $0.first?.isUppercase == true || !$0.contains(" ") }
            if !names.isEmpty { return names }
        }
        for line in metaLines where line.count < 100 {
            if let name = nameAfterDate(line) { return name }
        }
        return []
    }

    /// The person a meta line names after its date and a dash or bar ("11.12.2019 - Anna Muster"):
    /// full names only (two to four capitalised words), since anything else follows dates too.
    private func nameAfterDate(_ line: String) -> [String]? {
        for separator in [" - ", " – ", " | "] {
            guard let range = line.range(of: separator) else { continue }
            let before = line[..<range.lowerBound]
            guard before.contains(where: \.isNumber), before.split(separator: " ").count <= 4 else { continue }
            let names = clean(String(line[range.upperBound...]))
            let full = names.filter { name in
                let words = name.split(separator: " ")
                return (2...4).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true }
            }
            return full.isEmpty || full.count != names.count ? nil : full
        }
        return nil
    }

    /// The person a short opening line of the article names ("Blog Beitrag von Anna Muster",
    /// "Eine Kolumne von Anna Muster"), or `nil`: the line must end in the name.
    package func openingByline(_ line: String) -> [String]? {
        guard line.count < 80, !line.hasSuffix("."), !line.hasSuffix("?"), !line.hasSuffix("!") else { return nil }
        guard let rest = lexicon.bylineName(line) ?? lexicon.embeddedBylineName(line) else { return nil }
        let names = clean(rest)
        let words = rest.split(separator: " ")
        guard !names.isEmpty, words.count <= 8, words.allSatisfy({ $0.first?.isUppercase == true || ["und", "and", "&"].contains($0) })
        else { return nil }
        return names
    }

    /// Person names in one raw author string.
    package func clean(_ raw: String) -> [String] {
        var text = HTMLText.normalize(raw)
        if text.hasPrefix("http") || text.contains("://") { return [] }
        let firstWord = text.prefix { $0.isLetter }.lowercased()
        if lexicon.creditPrefixes.contains(firstWord) { return [] }
        // Openings may repeat ("Veröffentlicht von", then "von").
        for _ in 0..<2 {
            if let name = lexicon.bylineName(text, requireCapital: false) { text = name }
        }
        if text.first?.isLetter == true, let embedded = lexicon.embeddedBylineName(text) { text = embedded }
        // Cut at the first digit, bracket or separator: dates, roles and sources follow them.
        if let cut = text.firstIndex(where: { $0.isNumber || "|•·([\n—–".contains($0) }) {
            text = String(text[..<cut])
        }
        if let range = text.range(of: " - ") { text = String(text[..<range.lowerBound]) }
        // Handles ("@name") and e-mail addresses are not names.
        text = text.split(separator: " ").filter { !$0.hasPrefix("@") && !$0.contains("@") }.joined(separator: " ")
        var names: [String] = []
        for part in split(text) {
            var name = part.trimmingCharacters(in: .whitespaces.union(.symbols))
            name = name.trimmingCharacters(in: .punctuationCharacters.subtracting(CharacterSet(charactersIn: ".")))
            // A final full stop belongs to an abbreviation ("Jr.", "C.") only.
            if name.hasSuffix("."), let space = name.lastIndex(of: " "), name[space...].count > 4 { name.removeLast() }
            guard !Self.looksLikeDomain(name), name.count > 3 || name.contains(where: \.isUppercase) else { continue }
            // Trailing short lower-case words ("am", "on") introduced a date that was cut off.
            while let space = name.lastIndex(of: " "), name[name.index(after: space)...].count <= 3,
                name[name.index(after: space)...].allSatisfy(\.isLowercase)
            {
                name = String(name[..<space])
            }
            guard name.count >= 2, name.count <= 60, !name.contains("@"), name.contains(where: \.isLetter) else { continue }
            let words = name.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
            guard words.count <= 6 else { continue }
            // Desk names ("Redaktion", "Stadtbote Redaktion") and the site's own name are not
            // persons; a site named after its author ("Anna Muster's Blog") keeps the name.
            let personWords = Set(words.filter { !lexicon.nonPersonWords.contains($0) })
            if personWords.isEmpty || personWords == siteWords.subtracting(lexicon.nonPersonWords) {
                continue
            }
            names.append(name)
        }
        return names
    }

    /// Whether `name` is a host name such as "example.com" or "www.example.de".
    private static func looksLikeDomain(_ name: String) -> Bool {
        guard !name.contains(" "), let dot = name.lastIndex(of: ".") else { return false }
        let suffix = name[name.index(after: dot)...]
        return (2...4).contains(suffix.count) && suffix.allSatisfy(\.isLetter)
    }

    /// `text` split at "und", "and", "&", commas and semicolons.
    private func split(_ text: String) -> [String] {
        var parts = [text]
        for separator in [";", ",", " & ", " und ", " and ", " u. "] {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        return parts.map { HTMLText.normalize($0) }.filter { !$0.isEmpty }
    }
}

import Foundation

/// The entries of one lexicon file, merged over every language folder, grouped by category.
///
/// Reads `Lexicons/<lang>/<name>.txt` from the target's resources (format in `Lexicons/README.md`):
/// `category: entry` per line, `#` comments. Entries are lower-cased; the order of the files is kept.
package struct LexiconTable: Sendable {
    /// Entries per category, lower-cased, in file order (languages sorted by folder name).
    package let entries: [String: [String]]

    /// Loads the file `name` (without extension) of every language folder.
    /// - Parameter name: the file name, such as `dates` or `boilerplate`.
    package init(named name: String) {
        var entries: [String: [String]] = [:]
        let manager = FileManager.default
        if let root = Bundle.module.url(forResource: "Lexicons", withExtension: nil),
            let languages = try? manager.contentsOfDirectory(atPath: root.path)
        {
            for language in languages.sorted() {
                let file = root.appendingPathComponent(language).appendingPathComponent("\(name).txt")
                guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
                Self.parse(text, into: &entries)
            }
        }
        self.entries = entries
    }

    /// A table from the text of one file, for tests.
    package init(text: String) {
        var entries: [String: [String]] = [:]
        Self.parse(text, into: &entries)
        self.entries = entries
    }

    /// The entries of `category`, or none.
    package subscript(category: String) -> [String] { entries[category] ?? [] }

    private static func parse(_ text: String, into entries: inout [String: [String]]) {
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#"), let colon = line.range(of: ": ") else { continue }
            let category = line[..<colon.lowerBound].trimmingCharacters(in: .whitespaces)
            let entry = line[colon.upperBound...].trimmingCharacters(in: .whitespaces).lowercased()
            guard !entry.isEmpty else { continue }
            if !(entries[category]?.contains(entry) ?? false) { entries[category, default: []].append(entry) }
        }
    }
}

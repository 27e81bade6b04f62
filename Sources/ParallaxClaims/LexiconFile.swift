import Foundation

/// Reads the rows of one lexicon data file: `field | field | …`, `#` starts a comment line.
///
/// The format is described in `Lexicons/README.md`. Fields are trimmed; the first field is the
/// key and is lower-cased; blank lines and comment lines are skipped.
enum LexiconFile {
    /// The folder that holds one language's lexicon files, or `nil` when the language has none.
    static func folder(language: String) -> URL? {
        guard let root else { return nil }
        let folder = root.appendingPathComponent(language, isDirectory: true)
        return FileManager.default.fileExists(atPath: folder.path) ? folder : nil
    }

    /// The lexicon root: the files every language shares (relations between canonical labels) and a folder per
    /// language.
    static var root: URL? { Bundle.module.url(forResource: "Lexicons", withExtension: nil) }

    /// The languages that have a lexicon folder.
    static var languages: [String] {
        guard let root, let names = try? FileManager.default.contentsOfDirectory(atPath: root.path)
        else { return [] }
        return names.filter { !$0.contains(".") }.sorted()
    }

    /// `make` applied to the rows of `name` in each language's folder (no rows where a language lacks the file), by
    /// language: the per-language tables read once, outside ``LanguagePack``.
    static func perLanguage<Table>(_ name: String, _ make: ([[String]]) -> Table) -> [String: Table] {
        Dictionary(uniqueKeysWithValues: languages.map { ($0, make(rows(name, in: folder(language: $0)))) })
    }

    /// The rows of each language's `function-words.txt`, by language, read once per process (round 32): the pack and the
    /// finders that keep their own tables of its rows (charge frames, accused parties, publisher voice, firm releases) each
    /// read and parsed the file again, about a dozen times per language at start-up.
    static let functionWordRows: [String: [[String]]] = perLanguage("function-words.txt") { $0 }

    /// The rows of `language`'s `function-words.txt` (``functionWordRows``); empty when the language has no such file.
    static func functionWords(language: String) -> [[String]] { functionWordRows[language] ?? [] }

    /// The rows of `name` (e.g. `units.txt`) in `folder`; empty when the file is missing.
    static func rows(_ name: String, in folder: URL?) -> [[String]] {
        guard let folder, let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)
        else { return [] }
        return parse(String(decoding: data, as: UTF8.self))
    }

    /// Parses the text of a lexicon file into rows of fields.
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            var fields = trimmed.split(separator: "|", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            fields[0] = fields[0].lowercased()
            rows.append(fields)
        }
        return rows
    }
}

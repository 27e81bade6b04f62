import Foundation

/// Reads the text stage's lexicon files (`Lexicons/<lang>/<name>.txt`) from the target's resources.
///
/// Files hold one entry per line; `#` starts a comment and blank lines are ignored. A language
/// without a given file simply has no entries of that kind, so adding a language means adding files.
package enum TextLexicon {
    /// The folder that holds one sub-folder per language.
    static let root: URL? = Bundle.module.url(forResource: "Lexicons", withExtension: nil)

    /// The language codes that have a lexicon folder, sorted.
    package static let languages: [String] = {
        guard let root,
            let names = try? FileManager.default.contentsOfDirectory(atPath: root.path)
        else { return [] }
        return names.filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: root.appendingPathComponent(name).path, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }.sorted()
    }()

    /// The entries of `Lexicons/<language>/<name>.txt`, comments and blank lines removed; empty when
    /// the file does not exist.
    /// - Parameters:
    ///   - name: the file's name without `.txt`, e.g. `stopwords`.
    ///   - language: an ISO 639-1 code.
    package static func entries(_ name: String, language: String) -> [String] {
        guard let url = root?.appendingPathComponent(language).appendingPathComponent("\(name).txt"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return [] }
        return parse(text)
    }

    /// The entries of a lexicon file's text.
    package static func parse(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let trimmed = content.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty ? nil : trimmed
        }
    }
}

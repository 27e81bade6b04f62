import Foundation

/// Reads tab-separated fixture files from `Fixtures/`.
enum FixtureFile {
    /// The non-comment, non-blank lines of `Fixtures/<name>`, split at tabs.
    static func rows(_ name: String, extension ext: String = "tsv") -> [[String]] {
        guard let url = Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: ext),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return [] }
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#"), !line.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
            return line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
    }
}

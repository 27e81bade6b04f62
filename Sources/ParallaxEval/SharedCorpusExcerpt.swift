import Foundation

/// The items of a real JSON Lines corpus (`../shared/corpora/10kgnad-test.jsonl`) that a real-text gold
/// split annotates, copied line for line into a file of their own, so only they are analysed.
enum SharedCorpusExcerpt {
    private struct Item: Decodable {
        var id: String?
    }

    /// Writes the lines of `source` whose `id` is in `itemIDs` to `destination` (creating its folder).
    /// - Returns: how many items were written.
    @discardableResult
    static func write(from source: URL, itemIDs: Set<String>, to destination: URL) throws -> Int {
        let data = try Data(contentsOf: source)
        var kept = Data()
        var count = 0
        let decoder = JSONDecoder()
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
            guard let id = try? decoder.decode(Item.self, from: Data(line)).id, itemIDs.contains(id) else { continue }
            kept.append(contentsOf: line)
            kept.append(UInt8(ascii: "\n"))
            count += 1
        }
        try FileManager.default.createDirectory(
            at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
        try kept.write(to: destination)
        return count
    }
}

import Foundation

/// A JSON Lines news corpus with `id` and `text` per line, such as `../shared/corpora/10kgnad-test.jsonl`.
struct NewsCorpus {
    struct Record: Decodable {
        var id: String
        var text: String
    }

    /// The corpus every throughput benchmark defaults to.
    static let defaultPath = "../shared/corpora/10kgnad-test.jsonl"

    var records: [Record]

    /// Reads the corpus at `path`, or `nil` when the file is absent.
    init?(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let decoder = JSONDecoder()
        records = try data.split(separator: UInt8(ascii: "\n")).map { try decoder.decode(Record.self, from: Data($0)) }
    }
}

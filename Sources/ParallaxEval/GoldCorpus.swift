public import Foundation

/// The hand-made answers for one split of the example corpus (`examples/gold/<split>.json`), as
/// described in `examples/GOLD-FORMAT.md`.
public struct GoldCorpus: Decodable, Sendable {
    /// Gold for one article.
    public struct Article: Decodable, Sendable {
        public var input: String
        public var story: String?
        public var event: String?
        public var title: String?
        public var publisher: String?
        public var published: String?
        public var language: String?
        public var authors: [String]?
        public var body: String?
        public var headings: [String]?
        public var sentences: [String]?
        public var roles: [String]?
        public var sensationalHeadline: Bool?
        public var removed: [String]?
    }

    public var split: String?
    public var articles: [Article]

    /// Loads `examples/gold/<split>.json` under `repositoryRoot`.
    public static func load(split: String, repositoryRoot: URL) throws -> GoldCorpus {
        let url = repositoryRoot.appendingPathComponent("examples/gold/\(split).json")
        return try JSONDecoder().decode(GoldCorpus.self, from: Data(contentsOf: url))
    }
}

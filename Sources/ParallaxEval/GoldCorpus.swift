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
        public var claims: [Claim]?
        public var loaded: [LoadedTerm]?
    }

    /// A gold claim: a quantity or a statement, with the group it belongs to.
    public struct Claim: Decodable, Sendable {
        public struct Time: Decodable, Sendable {
            public var start: String?
            public var end: String?
        }

        public var kind: String
        public var text: String
        public var value: Double?
        public var low: Double?
        public var high: Double?
        public var qualifier: String?
        public var unit: String?
        public var measure: String?
        public var time: Time?
        public var subject: String?
        public var predicate: String?
        public var object: String?
        public var source: String?
        public var hedged: Bool?
        public var denial: Bool?
        public var group: String?
    }

    /// A gold loaded term.
    public struct LoadedTerm: Decodable, Sendable {
        public var text: String
        public var category: String?
        public var usage: String?
    }

    /// A gold group of claims with its status.
    public struct Group: Decodable, Sendable {
        public var id: String
        public var story: String?
        public var status: String
        public var why: String?
    }

    /// A gold story with its events.
    public struct Story: Decodable, Sendable {
        public struct Event: Decodable, Sendable {
            public var id: String
            public var label: String?
        }

        public var id: String
        public var label: String?
        public var events: [Event]?
    }

    public var split: String?
    /// For a split of real text: the JSON Lines file under `../shared/` its articles come from
    /// (`corpora/10kgnad-test.jsonl`); its inputs are `<split>/<file name>#<item id>`. `nil` for the
    /// invented splits of `examples/corpus/`.
    public var sharedCorpus: String?
    public var articles: [Article]
    public var stories: [Story]?
    public var groups: [Group]?
    /// Pairs of inputs that are rewrites of each other.
    public var rewrites: [[String]]?

    /// Loads `examples/gold/<split>.json` under `repositoryRoot`.
    public static func load(split: String, repositoryRoot: URL) throws -> GoldCorpus {
        let url = repositoryRoot.appendingPathComponent("examples/gold/\(split).json")
        return try JSONDecoder().decode(GoldCorpus.self, from: Data(contentsOf: url))
    }
}

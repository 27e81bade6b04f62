/// Articles that tell the same developing story, with the distinct events inside it.
public struct Story: Codable, Sendable, Equatable, Identifiable {
    /// A distinct happening inside a story.
    public struct Event: Codable, Sendable, Equatable, Identifiable {
        /// `s1.e1`, …
        public var id: String
        /// Built from the event's own key terms and entities.
        public var label: String
        public var articles: [String]
        /// Earliest date the event's articles refer to (ISO 8601 day), or `nil`.
        public var start: String?
        /// Latest date, or `nil`.
        public var end: String?

        public init(id: String, label: String, articles: [String], start: String? = nil, end: String? = nil) {
            self.id = id
            self.label = label
            self.articles = articles
            self.start = start
            self.end = end
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(label, forKey: .label)
            try container.encode(articles, forKey: .articles)
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
        }
    }

    /// Two articles where one rewrites the other, or both rewrite one source text.
    public struct Rewrite: Codable, Sendable, Equatable {
        /// The two article ids, in report order.
        public var articles: [String]
        /// Similarity 0…1.
        public var score: Double
        /// Shared figures, names and their order, in words.
        public var evidence: String

        public init(articles: [String], score: Double, evidence: String) {
            self.articles = articles
            self.score = score
            self.evidence = evidence
        }
    }

    /// `s1`, `s2`, …
    public var id: String
    public var label: String
    public var articles: [String]
    public var events: [Event]
    public var rewrites: [Rewrite]

    public init(id: String, label: String, articles: [String], events: [Event] = [], rewrites: [Rewrite] = []) {
        self.id = id
        self.label = label
        self.articles = articles
        self.events = events
        self.rewrites = rewrites
    }
}

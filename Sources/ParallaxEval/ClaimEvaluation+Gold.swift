public import FoundationEssentials

extension ClaimEvaluation {
    /// The parts of `examples/gold/<split>.json` the claim evaluation reads.
    public struct GoldSplit: Decodable, Sendable {
        public var split: String
        public var articles: [GoldArticle]
    }

    /// One article's expected claims, keyed by its input path relative to the corpus folder.
    public struct GoldArticle: Decodable, Sendable {
        public var input: String
        public var claims: [GoldClaim]

        private enum CodingKeys: String, CodingKey { case input, claims }

        /// An article without a `claims` list (one annotated for framing only) has no claims.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            input = try container.decode(String.self, forKey: .input)
            claims = try container.decodeIfPresent([GoldClaim].self, forKey: .claims) ?? []
        }
    }

    /// One expected claim (see `examples/GOLD-FORMAT.md`).
    public struct GoldClaim: Decodable, Sendable {
        public var kind: String
        public var text: String
        public var value: Double?
        public var low: Double?
        public var high: Double?
        public var qualifier: String?
        public var unit: String?
        public var measure: String?
        public var time: GoldTime?
        public var subject: String?
        public var source: String?
        public var hedged: Bool?
    }

    /// An expected time interval.
    public struct GoldTime: Decodable, Sendable, Equatable {
        public var start: String?
        public var end: String?

        /// Itself when it bounds the time at either end; `nil` when it has neither start nor end.
        var interval: GoldTime? { start == nil && end == nil ? nil : self }
    }

    /// Reads a gold file.
    /// - Throws: ``ClaimEvaluationError`` when the file is missing or malformed.
    public static func loadGold(_ url: URL) throws(ClaimEvaluationError) -> GoldSplit {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .missingGold(path: url.path)
        }
        do {
            return try JSONDecoder().decode(GoldSplit.self, from: data)
        } catch {
            throw .malformedGold(path: url.path, detail: String(describing: error))
        }
    }
}

/// Why the claim evaluation could not run.
public enum ClaimEvaluationError: Error, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    case missingGold(path: String)
    case malformedGold(path: String, detail: String)

    public var description: String {
        switch self {
        case .missingGold(let path): "The gold file \(path) does not exist; check the corpus folder."
        case .malformedGold(let path, _): "The gold file \(path) is not valid gold JSON (see examples/GOLD-FORMAT.md)."
        }
    }

    public var debugDescription: String {
        switch self {
        case .missingGold(let path): "missing gold \(path)"
        case .malformedGold(let path, let detail): "malformed gold \(path): \(detail)"
        }
    }
}

/// A number as an article states it: value, bounds, how precisely, and what is counted.
public struct Quantity: Codable, Sendable, Equatable, Hashable {
    /// How precisely the article states the number.
    public enum Qualifier: String, Codable, Sendable, CaseIterable {
        case exact
        case about
        case atLeast = "at-least"
        case moreThan = "more-than"
        case upTo = "up-to"
        case lessThan = "less-than"
        case range
    }

    /// The stated value (for a range, its midpoint is not invented: `value` is `nil` and `low`/`high` hold it).
    public var value: Double?
    public var low: Double?
    public var high: Double?
    public var qualifier: Qualifier
    /// Canonical English unit, singular and lower-case (`soldier`, `square mile`, `eur`), or `nil`.
    public var unit: String?
    /// The value converted to the unit's base (e.g. square miles to square kilometres), when it has one
    /// (addition).
    public var normalized: NormalizedValue?
    /// The counted noun itself, in the article's language and in its dictionary form by that language's rules
    /// (`insasse`, `binder`), also when ``unit`` is known or `nil`; `nil` when no noun follows the figure (addition,
    /// round 15). It lets a reader see what a unit-less figure counts; reconciliation does not group by it yet (a
    /// grouping by the noun's kind was tried in round 15 and helped one writer's split only, docs/claims.md).
    public var noun: String?

    /// A value converted to a common unit so that articles using different units compare.
    public struct NormalizedValue: Codable, Sendable, Equatable, Hashable {
        public var value: Double
        public var unit: String
        public init(value: Double, unit: String) {
            self.value = value
            self.unit = unit
        }
    }

    public init(
        value: Double?, low: Double? = nil, high: Double? = nil, qualifier: Qualifier = .exact,
        unit: String? = nil, normalized: NormalizedValue? = nil, noun: String? = nil
    ) {
        self.value = value
        self.low = low
        self.high = high
        self.qualifier = qualifier
        self.unit = unit
        self.normalized = normalized
        self.noun = noun
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(value, forKey: .value)
        try container.encode(low, forKey: .low)
        try container.encode(high, forKey: .high)
        try container.encode(qualifier, forKey: .qualifier)
        try container.encode(unit, forKey: .unit)
        try container.encodeIfPresent(normalized, forKey: .normalized)
        try container.encode(noun, forKey: .noun)
    }
}

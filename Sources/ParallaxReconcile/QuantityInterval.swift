public import ParallaxModel

/// The values a quantity claim allows, given its qualifier: "about 14,000" allows 12,600…15,400,
/// "at least 14,000" allows 14,000 and more.
public struct QuantityInterval: Sendable, Equatable {
    public var low: Double
    public var high: Double

    /// Relative tolerance of "about" (10 %); an exact figure allows rounding of 0.5 %.
    public static let aboutTolerance = 0.10
    public static let exactTolerance = 0.005
    /// The closeness (smaller over larger number) of two figures within ``aboutTolerance`` of each other: the least
    /// closeness at which one figure could state the other's number.
    static let aboutCloseness = 1 / (1 + aboutTolerance)

    public init(low: Double, high: Double) {
        self.low = low
        self.high = high
    }

    /// The interval a quantity allows, or `nil` when it states no number.
    public init?(_ quantity: Quantity) {
        let value = quantity.normalized?.value ?? quantity.value
        let scale = quantity.normalizationScale
        switch quantity.qualifier {
        case .exact:
            guard let value else { return nil }
            self.init(low: value * (1 - Self.exactTolerance), high: value * (1 + Self.exactTolerance))
        case .about:
            guard let value else { return nil }
            self.init(low: value * (1 - Self.aboutTolerance), high: value * (1 + Self.aboutTolerance))
        // A vague number ("Hunderte", "tens of thousands") is a bound given as `low` or `high` alone.
        case .atLeast:
            guard let bound = value ?? quantity.low.map({ $0 * scale }) else { return nil }
            self.init(low: bound, high: .infinity)
        case .moreThan:
            guard let bound = value ?? quantity.low.map({ $0 * scale }) else { return nil }
            self.init(low: bound.nextUp, high: .infinity)
        case .upTo:
            guard let bound = value ?? quantity.high.map({ $0 * scale }) else { return nil }
            self.init(low: 0, high: bound)
        case .lessThan:
            guard let bound = value ?? quantity.high.map({ $0 * scale }) else { return nil }
            self.init(low: 0, high: bound.nextDown)
        case .range:
            guard let low = quantity.low ?? value, let high = quantity.high ?? value else { return nil }
            self.init(low: low * scale, high: high * scale)
        }
    }

    /// The values both intervals allow, or `nil` when they exclude each other.
    public func intersection(_ other: QuantityInterval) -> QuantityInterval? {
        let low = max(self.low, other.low)
        let high = min(self.high, other.high)
        return low <= high ? QuantityInterval(low: low, high: high) : nil
    }

    /// Whether `value` lies inside.
    public func contains(_ value: Double) -> Bool { value >= low && value <= high }
}

extension Quantity {
    /// The factor from the stated unit to the normalised one (1 without a normalised value). The normalised
    /// value is that of the value, else of the upper bound, as the claim extractor converts it.
    var normalizationScale: Double {
        guard let normalized, let stated = value ?? high ?? low, stated != 0 else { return 1 }
        return normalized.value / stated
    }

    /// The single number that best represents the quantity: the value, or a range's midpoint.
    var representativeValue: Double? {
        if let value = normalized?.value ?? value { return value }
        if let low, let high { return (low + high) / 2 }
        return low ?? high
    }
}

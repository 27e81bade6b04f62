public import ParallaxModel

/// The values a quantity claim allows, given its qualifier: "about 14,000" allows 12,600…15,400,
/// "at least 14,000" allows 14,000 and more.
public struct QuantityInterval: Sendable, Equatable {
    public var low: Double
    public var high: Double

    /// Relative tolerance of "about" (10 %); an exact figure allows rounding of 0.5 %.
    public static let aboutTolerance = 0.10
    public static let exactTolerance = 0.005

    public init(low: Double, high: Double) {
        self.low = low
        self.high = high
    }

    /// The interval a quantity allows, or `nil` when it states no number.
    public init?(_ quantity: Quantity) {
        let value = quantity.normalized?.value ?? quantity.value
        let scale = quantity.normalized.flatMap { normalized in quantity.value.map { normalized.value / $0 } } ?? 1
        switch quantity.qualifier {
        case .exact:
            guard let value else { return nil }
            self.init(low: value * (1 - Self.exactTolerance), high: value * (1 + Self.exactTolerance))
        case .about:
            guard let value else { return nil }
            self.init(low: value * (1 - Self.aboutTolerance), high: value * (1 + Self.aboutTolerance))
        case .atLeast:
            guard let value else { return nil }
            self.init(low: value, high: .infinity)
        case .moreThan:
            guard let value else { return nil }
            self.init(low: value.nextUp, high: .infinity)
        case .upTo:
            guard let value else { return nil }
            self.init(low: 0, high: value)
        case .lessThan:
            guard let value else { return nil }
            self.init(low: 0, high: value.nextDown)
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
    /// The single number that best represents the quantity: the value, or a range's midpoint.
    var representativeValue: Double? {
        if let value = normalized?.value ?? value { return value }
        if let low, let high { return (low + high) / 2 }
        return low ?? high
    }
}

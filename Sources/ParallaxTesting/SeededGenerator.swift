import Foundation

/// A small deterministic random number generator (SplitMix64) for property tests and synthetic data, so
/// that a failing case can be replayed from the seed it reports.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    /// The current state; the next value depends on nothing else.
    public private(set) var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    /// A number in `0..<bound`.
    public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    /// A random element of a non-empty array.
    public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// The seed for a property test: `PARALLAX_SEED` when set, else a fixed default.
    public static var testSeed: UInt64 {
        if let text = ProcessInfo.processInfo.environment["PARALLAX_SEED"], let seed = UInt64(text) { return seed }
        return 20_250_428
    }
}

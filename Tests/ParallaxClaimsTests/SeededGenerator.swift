/// A SplitMix64 generator, so that property tests are reproducible from the seed they report.
struct SeededGenerator: RandomNumberGenerator {
    private(set) var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    /// The seed for a property test: `PARALLAX_SEED` when set, else a fixed default.
    static var testSeed: UInt64 {
        if let text = ProcessInfo.processInfo.environment["PARALLAX_SEED"], let seed = UInt64(text) { return seed }
        return 20_250_428
    }
}

import Foundation

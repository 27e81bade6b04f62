/// A MinHash signature of a set of 64-bit shingle hashes, for estimating Jaccard similarity.
///
/// Each of the `count` permutations is simulated by a distinct odd multiplier and offset applied to
/// the (already well-mixed) shingle hash; the signature keeps the minimum of the upper 32 bits per
/// permutation. Two signatures agree at one position with probability equal to the Jaccard
/// similarity of the two sets.
public struct MinHashSketch: Codable, Sendable, Equatable {
    /// The number of permutations every signature in Parallax uses.
    public static let defaultCount = 64

    /// Minimum per permutation; `UInt32.max` for an empty set.
    public var values: [UInt32]

    /// Signature of `shingles` with `count` permutations.
    /// - Complexity: O(`shingles.count` × `count`).
    public init(shingles: some Sequence<UInt64>, count: Int = MinHashSketch.defaultCount) {
        var minima = [UInt64](repeating: .max, count: count)
        let parameters = Self.parameters(count: count)
        minima.withUnsafeMutableBufferPointer { minima in
            for shingle in shingles {
                for index in 0..<count {
                    let permuted = shingle &* parameters[index].multiplier &+ parameters[index].offset
                    if permuted < minima[index] { minima[index] = permuted }
                }
            }
        }
        values = minima.map { $0 == .max ? UInt32.max : UInt32(truncatingIfNeeded: $0 >> 32) }
    }

    /// Wraps stored values.
    public init(values: [UInt32]) {
        self.values = values
    }

    /// True when the signature was built from no shingles.
    public var isEmpty: Bool { values.allSatisfy { $0 == .max } }

    /// Estimated Jaccard similarity with `other` (fraction of agreeing positions).
    public func jaccard(_ other: MinHashSketch) -> Double {
        guard !values.isEmpty, values.count == other.values.count, !isEmpty, !other.isEmpty else { return 0 }
        var equal = 0
        for index in values.indices where values[index] == other.values[index] { equal += 1 }
        return Double(equal) / Double(values.count)
    }

    /// Hashes of the `bands` bands of `rows` values each, for locality-sensitive banding.
    public func bandKeys(bands: Int, rows: Int) -> [UInt64] {
        guard !isEmpty else { return [] }
        var keys: [UInt64] = []
        keys.reserveCapacity(bands)
        for band in 0..<bands {
            var key = StableHash.mix(UInt64(band) &+ 0x5bd1_e995)
            for row in 0..<rows {
                let index = band * rows + row
                guard index < values.count else { break }
                key = StableHash.combine(key, UInt64(values[index]))
            }
            keys.append(key)
        }
        return keys
    }

    private struct Permutation {
        var multiplier: UInt64
        var offset: UInt64
    }

    private static let cachedParameters: [Permutation] = makeParameters(count: 256)

    private static func parameters(count: Int) -> [Permutation] {
        count <= cachedParameters.count ? Array(cachedParameters.prefix(count)) : makeParameters(count: count)
    }

    private static func makeParameters(count: Int) -> [Permutation] {
        var state: UInt64 = 0x2545_f491_4f6c_dd1d
        return (0..<count).map { _ in
            state = StableHash.mix(state)
            let multiplier = state | 1
            state = StableHash.mix(state)
            return Permutation(multiplier: multiplier, offset: state)
        }
    }
}

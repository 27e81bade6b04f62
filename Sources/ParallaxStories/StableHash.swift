/// A fast, seed-free 64-bit hash that is stable across runs and processes.
///
/// Swift's `Hasher` is randomly seeded per process, so it cannot feed a saved index or a MinHash
/// signature that must be compared later. This is FNV-1a over UTF-8 bytes followed by the
/// SplitMix64 finaliser, which spreads the bits well enough for MinHash permutations and LSH bands.
package enum StableHash {
    /// Hash of the UTF-8 bytes of `text`.
    /// - Complexity: O(n) in the byte count.
    package static func hash(_ text: some StringProtocol) -> UInt64 {
        var state: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            state ^= UInt64(byte)
            state &*= 0x0000_0100_0000_01b3
        }
        return mix(state)
    }

    /// Hash of `text` in the namespace `prefix` (e.g. `n:` for figures), so equal text of different
    /// kinds never collides.
    package static func hash(_ prefix: StaticString, _ text: some StringProtocol) -> UInt64 {
        var state: UInt64 = 0xcbf2_9ce4_8422_2325
        prefix.withUTF8Buffer { buffer in
            for byte in buffer {
                state ^= UInt64(byte)
                state &*= 0x0000_0100_0000_01b3
            }
        }
        for byte in text.utf8 {
            state ^= UInt64(byte)
            state &*= 0x0000_0100_0000_01b3
        }
        return mix(state)
    }

    /// Combines two hashes in an order-dependent way (for shingles).
    @inline(__always)
    package static func combine(_ left: UInt64, _ right: UInt64) -> UInt64 {
        mix(left &* 0x9e37_79b9_7f4a_7c15 ^ right)
    }

    /// The SplitMix64 finaliser.
    @inline(__always)
    package static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}

/// An open-addressing map from integer keys to small integers, for the look-up tables that every
/// token is tested against.
///
/// `Dictionary<Int, …>` hashes each key with SipHash; the finders look up several keys per token, and
/// that hashing was the largest single cost of claim extraction. Here a key is spread by one
/// multiplication (Fibonacci hashing) into a table kept at most half full and found by linear
/// probing. Most look-ups miss: a 4,096-bit filter of the keys (512 bytes, in the first-level cache)
/// answers those before the table, which may be too large for that cache, is touched.
struct IntKeyIndex: Sendable {
    private var filter = [UInt64](repeating: 0, count: 64)
    private var keys: [Int]
    private var values: [Int32]
    private var shift: UInt64
    private var mask: Int
    /// Marks an empty slot (no key of the tables is this value: keys are packed characters, tails or bytes ≥ 0).
    private static let empty = Int.min

    /// An index holding `pairs` (key → value); later pairs replace earlier ones with the same key.
    init(_ pairs: [(key: Int, value: Int)]) {
        var capacityBits = 4
        while (1 << capacityBits) < pairs.count * 2 { capacityBits += 1 }
        keys = [Int](repeating: Self.empty, count: 1 << capacityBits)
        values = [Int32](repeating: 0, count: 1 << capacityBits)
        shift = UInt64(64 - capacityBits)
        mask = (1 << capacityBits) - 1
        for pair in pairs {
            var slot = slot(of: pair.key)
            while keys[slot] != Self.empty && keys[slot] != pair.key { slot = (slot + 1) & mask }
            keys[slot] = pair.key
            values[slot] = Int32(pair.value)
            let bit = Self.bit(pair.key)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    /// An index of `keys` alone, for membership tests with ``contains(_:)`` (a `Set<Int>` hashes each
    /// probe with SipHash; the finders probe once or more per token).
    init<Keys: Sequence>(keys: Keys) where Keys.Element == Int {
        self.init(keys.map { (key: $0, value: 0) })
    }

    /// True when `key` is in the index.
    /// - Complexity: O(1) expected.
    @inline(__always)
    func contains(_ key: Int) -> Bool {
        value(for: key) != nil
    }

    /// The value stored for `key`, or `nil`.
    /// - Complexity: O(1) expected.
    @inline(__always)
    func value(for key: Int) -> Int? {
        let bit = Self.bit(key)
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        var slot = slot(of: key)
        while true {
            let found = keys[slot]
            if found == key { return Int(values[slot]) }
            if found == Self.empty { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// The filter bit of a key: the top 12 bits of a different multiplicative hash than the slot's.
    @inline(__always)
    private static func bit(_ key: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(key)) &* 0xC2B2_AE3D_27D4_EB4F) >> 52)
    }

    @inline(__always)
    private func slot(of key: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}

/// An open-addressing map from integer keys to small integers, for the look-up tables that every
/// token is tested against.
///
/// `Dictionary<Int, …>` hashes each key with SipHash; the finders look up several keys per token, and
/// that hashing was the largest single cost of claim extraction. Here a key is spread by one
/// multiplication (Fibonacci hashing) into a table kept at most half full and found by linear
/// probing, each slot holding its key and value side by side (one cache line read for a hit). Most look-ups miss: a bit
/// filter of the keys answers those before the table, which may be too large for the first-level cache, is touched.
///
/// The filter has at least 4,096 bits (512 bytes) and sixteen bits per key above that (round 21): the pack's large
/// indices — every first word of every phrase table (``PhraseStartIndex``), the tails of every unit, descriptor and
/// counted-noun form (``SuffixTails``) — hold tens of thousands of keys, which had set nearly every bit of a fixed
/// 4,096-bit filter, so that almost every miss read the table itself, about a megabyte, out of cache.
struct IntKeyIndex: Sendable {
    /// One slot: its key (``empty`` when free) and the value stored for it.
    private struct Slot {
        var key: Int
        var value: Int32
    }

    private var filter: [UInt64]
    /// `64 - log2(filter bits)`: a key's filter bit is the top bits of its second hash.
    private var filterShift: UInt64
    private var slots: [Slot]
    private var shift: UInt64
    private var mask: Int
    /// Marks an empty slot (no key of the tables is this value: keys are packed characters, tails or bytes ≥ 0).
    private static let empty = Int.min
    /// The filter's size limit, 2^20 bits (128 KiB).
    private static let maximumFilterBits = 20

    /// An index holding `pairs` (key → value); later pairs replace earlier ones with the same key.
    init(_ pairs: [(key: Int, value: Int)]) {
        var capacityBits = 4
        while (1 << capacityBits) < pairs.count * 2 { capacityBits += 1 }
        var filterBits = 12
        while filterBits < Self.maximumFilterBits && (1 << filterBits) < pairs.count * 16 { filterBits += 1 }
        filter = [UInt64](repeating: 0, count: (1 << filterBits) / 64)
        filterShift = UInt64(64 - filterBits)
        slots = [Slot](repeating: Slot(key: Self.empty, value: 0), count: 1 << capacityBits)
        shift = UInt64(64 - capacityBits)
        mask = (1 << capacityBits) - 1
        for pair in pairs {
            var slot = slot(of: pair.key)
            while slots[slot].key != Self.empty && slots[slot].key != pair.key { slot = (slot + 1) & mask }
            slots[slot] = Slot(key: pair.key, value: Int32(pair.value))
            let filterBit = self.bit(pair.key)
            filter[filterBit >> 6] |= 1 << UInt64(filterBit & 63)
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
        let filterBit = self.bit(key)
        guard filter[filterBit >> 6] & (1 << UInt64(filterBit & 63)) != 0 else { return nil }
        var slot = slot(of: key)
        while true {
            let found = slots[slot]
            if found.key == key { return Int(found.value) }
            if found.key == Self.empty { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// The filter bit of a key: the top bits of a different multiplicative hash than the slot's.
    ///
    /// Both shifts mask their amount (`&>>`, round 32): the amounts are below 64 (`filterShift` 44–52, `shift` 64 less at
    /// least four), where a masking shift is the plain one, and `>>` by a stored amount tested it for 64 or more on every
    /// look-up (the filter bit's line was the claims benchmark's most expensive line, 4.9 M instructions).
    @inline(__always)
    private func bit(_ key: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(key)) &* 0xC2B2_AE3D_27D4_EB4F) &>> filterShift)
    }

    @inline(__always)
    private func slot(of key: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15) &>> shift)
    }
}

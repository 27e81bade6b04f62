/// A set of bytes as a 256-bit mask.
///
/// `Set<UInt8>.contains` hashes the byte with SipHash; the finders test a word's last byte against
/// a set of endings for every capitalised word, where one shift and mask do.
struct ByteSet: Sendable, Equatable {
    private var low: UInt64 = 0
    private var lowMiddle: UInt64 = 0
    private var highMiddle: UInt64 = 0
    private var high: UInt64 = 0

    /// A set holding `bytes`.
    init<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes {
            let bit = UInt64(1) << UInt64(byte & 63)
            switch byte >> 6 {
            case 0: low |= bit
            case 1: lowMiddle |= bit
            case 2: highMiddle |= bit
            default: high |= bit
            }
        }
    }

    /// True when `byte` is in the set.
    /// - Complexity: O(1).
    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
        let word: UInt64
        switch byte >> 6 {
        case 0: word = low
        case 1: word = lowMiddle
        case 2: word = highMiddle
        default: word = high
        }
        return word & (UInt64(1) << UInt64(byte & 63)) != 0
    }
}

/// The last bytes of a set of suffixes, kept as integer keys: an exact first test for the suffix tables that every word of
/// a sentence is asked against.
///
/// A word can end in a suffix of four bytes or more only if both end in the same last `min(6, suffix length)` bytes. So a
/// table of suffixes (stems with their inflection endings, election cues) keeps those last four to six bytes of each
/// suffix once, when the language pack is read, and a word whose last four, five and six bytes are none of them is
/// answered with at most three integer look-ups — however many rows the table has — instead of a comparison per ending or
/// per cue (round 19: `SuffixTable.lookup` was 7.3 % of the claims stage, most of it for words that end in no stem).
/// Suffixes shorter than four bytes are not kept: a caller tests them itself.
struct SuffixTails: Sendable {
    private let keys: IntKeyIndex
    /// One bit for each pair of last two bytes some suffix of four or more bytes ends in (round 23): a tail of the word can
    /// equal a suffix's only when their last two bytes do, so most words are answered by one bit, before the up to three
    /// look-ups of their tails (`mayEnd` was 2 % of the claims stage by callgrind, 84 instructions a call).
    private let lastPairs: [UInt64]

    /// The tails of `suffixes` of four bytes or more.
    init<Suffixes: Sequence>(_ suffixes: Suffixes) where Suffixes.Element == [UInt8] {
        let suffixes = Array(suffixes)
        var keys: Set<Int> = []
        for suffix in suffixes where suffix.count >= 4 {
            _ = suffix.withUnsafeBufferPointer { bytes in
                keys.insert(Self.key(bytes, end: bytes.count, length: min(6, bytes.count)))
            }
        }
        self.keys = IntKeyIndex(keys: keys)
        var lastPairs = [UInt64](repeating: 0, count: 65_536 / 64)
        for suffix in suffixes where suffix.count >= 4 {
            let pair = Self.lastPair(suffix[suffix.count - 2], suffix[suffix.count - 1])
            lastPairs[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        self.lastPairs = lastPairs
    }

    /// False when `bytes[..<end]` ends in none of the suffixes of four bytes or more; true when it may (always true for
    /// fewer than four bytes, where this test says nothing).
    /// - Complexity: O(1): at most three look-ups.
    @inline(__always)
    func mayEnd(_ bytes: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        guard end >= 4 else { return true }
        let pair = Self.lastPair(bytes[end - 2], bytes[end - 1])
        guard lastPairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { return false }
        // The keys of the last four, five and six bytes (``key(_:end:length:)``), each read on the one before: round 32, three
        // readings from scratch were 3.4 M instructions of the claims benchmark.
        var tail = Int(bytes[end - 4]) << 24 | Int(bytes[end - 3]) << 16 | pair
        if keys.contains(4 << 32 | tail) { return true }
        guard end >= 5 else { return false }
        tail |= Int(bytes[end - 5]) << 32
        if keys.contains(5 << 40 | tail) { return true }
        guard end >= 6 else { return false }
        tail |= Int(bytes[end - 6]) << 40
        return keys.contains(6 << 48 | tail)
    }

    /// ``mayEnd(_:end:)`` for a whole word.
    func mayEnd(_ word: String) -> Bool {
        let utf8 = word.utf8
        if let result = utf8.withContiguousStorageIfAvailable({ mayEnd($0, end: $0.count) }) { return result }
        return Array(utf8).withUnsafeBufferPointer { mayEnd($0, end: $0.count) }
    }

    /// The last `length` bytes before `end` (four to six), with the length above them so that tails of different lengths
    /// never share a key.
    @inline(__always)
    private static func lastPair(_ secondLast: UInt8, _ last: UInt8) -> Int { Int(secondLast) << 8 | Int(last) }

    @inline(__always)
    private static func key(_ bytes: UnsafeBufferPointer<UInt8>, end: Int, length: Int) -> Int {
        var key = length
        for index in (end - length)..<end { key = key << 8 | Int(bytes[index]) }
        return key
    }
}

/// Suffix tests on UTF-8 bytes, for hot paths where `String.hasSuffix` (Unicode-aware comparison)
/// costs too much. Lexicon entries and tokens are both NFC text from the same files and tokenizer,
/// so byte equality is the equality the finders need.
enum ByteSuffix {
    /// The last UTF-8 byte of `word`, read on its contiguous bytes where it has them (round 22: `word.utf8.last` went
    /// through the generic `BidirectionalCollection.last`, about 70 instructions a call, 1.5 % of the claims stage by
    /// callgrind, asked for every word by the article's adjective collection and the spokesperson-role test).
    /// - Complexity: O(1).
    @inline(__always)
    static func lastByte(of word: String) -> UInt8? {
        if let last = word.utf8.withContiguousStorageIfAvailable({ $0.last }) { return last }
        return word.utf8.last
    }

    /// True when `word` ends with the bytes `suffix`.
    /// - Complexity: O(m) in the suffix's length; no allocation for native strings.
    static func hasSuffix(_ word: String, _ suffix: [UInt8]) -> Bool {
        let utf8 = word.utf8
        guard utf8.count >= suffix.count else { return false }
        if let result = utf8.withContiguousStorageIfAvailable({ hasSuffix($0, suffix) }) {
            return result
        }
        return utf8.reversed().starts(with: suffix.reversed())
    }

    /// True when the bytes end with the bytes `suffix`.
    /// - Complexity: O(m) in the suffix's length.
    @inline(__always)
    static func hasSuffix(_ bytes: UnsafeBufferPointer<UInt8>, _ suffix: [UInt8]) -> Bool {
        guard bytes.count >= suffix.count else { return false }
        var offset = 1
        while offset <= suffix.count {
            if bytes[bytes.count - offset] != suffix[suffix.count - offset] { return false }
            offset += 1
        }
        return true
    }

    /// True when `word` has the UTF-8 byte `byte`: the answer of `word.utf8.contains(byte)`, read on the contiguous bytes
    /// where the string has them (round 29: the generic `Sequence.contains` over the `UTF8View` cost about 100
    /// instructions a call, asked for every time word and date number).
    /// - Complexity: O(n) in the word's bytes; no allocation for native strings.
    @inline(__always)
    static func contains(_ word: String, byte: UInt8) -> Bool {
        if let found = word.utf8.withContiguousStorageIfAvailable({ bytes in
            for candidate in bytes where candidate == byte { return true }
            return false
        }) {
            return found
        }
        return word.utf8.contains(byte)
    }

    /// True when every UTF-8 byte of `word` is an ASCII capital `A`–`Z`: the answer of
    /// `word.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }` (true for an empty word), on the contiguous bytes where the
    /// string has them.
    /// - Complexity: O(n) in the word's bytes; no allocation for native strings.
    @inline(__always)
    static func isASCIICapitals(_ word: String) -> Bool {
        if let result = word.utf8.withContiguousStorageIfAvailable({ bytes in
            for byte in bytes where byte &- 0x41 >= 26 { return false }
            return true
        }) {
            return result
        }
        return word.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
    }

    /// The number of Unicode scalars of `word` (cheaper than `count`, which counts grapheme clusters).
    static func scalarCount(_ word: String) -> Int {
        var count = 0
        for byte in word.utf8 where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }
}

/// A first test whether a word may end in one of a list of suffixes, by its last byte alone (round 24: the street-suffix
/// test before every figure and the fused-frequency test of every word asked `String.hasSuffix` once per suffix).
///
/// Exact in one direction, as `String.hasSuffix` decides: when a word's last byte is ASCII, its last character is that
/// one scalar (or a CR LF pair), and a suffix whose last byte is ASCII ends in a character equal to it only when their
/// last bytes are equal — so a word ending in an ASCII byte that no suffix ends in ends in none of them. A word ending in
/// another byte, or suffixes one of which ends in another byte (or is empty), are always let through.
struct LastByteFilter: Sendable {
    /// The suffixes' last bytes; `nil` when the test does not apply to them.
    private let lastBytes: ByteSet?

    init(_ suffixes: [String]) {
        lastBytes = suffixes.allSatisfy { ($0.utf8.last ?? 0x80) < 0x80 } ? ByteSet(suffixes.compactMap { $0.utf8.last }) : nil
    }

    /// False when `word` ends in none of the suffixes; true when it may.
    /// - Complexity: O(1).
    @inline(__always)
    func mayEnd(_ word: String) -> Bool {
        guard let lastBytes, let last = ByteSuffix.lastByte(of: word), last < 0x80 else { return true }
        return lastBytes.contains(last)
    }
}

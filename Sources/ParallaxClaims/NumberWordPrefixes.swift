/// Which opening characters of a word spell a number word (`dreizehn` in `dreizehntausend`), from one pass over the word's
/// bytes, so that ``NumberParser`` builds a `String` and asks its dictionary only at those lengths.
///
/// Round 20: splitting a compound (``NumberParser``'s `segment`) cut a `String` of every number word's length from the
/// word and hashed it (SipHash) — for every word whose first three characters open a number word, the German articles and
/// `ein…` words among them — and again at each step of its backtracking: with the digit parsing, about 4 % of the
/// claims stage by profile. Where every number word is Latin-1 (then in NFC, so equal exactly when its bytes are), the
/// bytes' running ``ClaimToken/wordKey(of:)`` at each character's end, looked up among the number words' keys, says at
/// which lengths one may stand; the dictionary still decides, so the answers are the dictionary's own.
///
/// A class (round 32): ``NumberParser``'s `segment` asks the pack's prefixes for every word it splits, and as a structure
/// (two indices and two arrays) each call copied them out of the pack and destroyed the copy after, about 1.6 M
/// instructions of the claims benchmark; a reference is passed as it is. Immutable, so sharing it changes nothing.
final class NumberWordPrefixes: Sendable {
    /// The number words' keys; `nil` when one is not Latin-1 (the lengths are then not narrowed).
    private let keys: IntKeyIndex?
    /// The number words' keys, each with its position in ``words``; `nil` when the split cannot run on bytes (no values
    /// given, a word or connector outside Latin-1, or two words sharing a key).
    private let positions: IntKeyIndex?
    /// The number words' bytes and values, by position (round 24).
    private let words: [(bytes: [UInt8], value: Double)]
    /// The connectors' bytes, in the order the parser tries them.
    private let connectors: [[UInt8]]

    init<Words: Sequence>(_ words: Words) where Words.Element == String {
        let words = Array(words)
        keys = words.allSatisfy(ClaimToken.isLatin1) ? IntKeyIndex(keys: words.map { ClaimToken.wordKey(of: $0) }) : nil
        positions = nil
        self.words = []
        connectors = []
    }

    /// Prefixes of the number words `values` (word → value), which can also split a compound on its bytes
    /// (``segment(_:lengths:)``), trying `connectors` first as the parser does.
    init(_ values: [String: Double], connectors: [String]) {
        let words = values.sorted { $0.key < $1.key }.map { (bytes: Array($0.key.utf8), value: $0.value) }
        let keys = words.map { $0.bytes.withUnsafeBufferPointer(ClaimToken.wordKey(of:)) }
        let latin1 = values.keys.allSatisfy(ClaimToken.isLatin1)
        self.keys = latin1 ? IntKeyIndex(keys: keys) : nil
        let split = latin1 && connectors.allSatisfy(ClaimToken.isLatin1) && Set(keys).count == keys.count
        positions = split ? IntKeyIndex(keys.enumerated().map { (key: $0.element, value: $0.offset) }) : nil
        self.words = words
        self.connectors = connectors.map { Array($0.utf8) }
    }

    /// The lengths in characters (bit n: the first n characters, n < 64) at which `text` may open with a number word;
    /// `nil` when the test does not apply (`text` outside Latin-1 or with a carriage return, whose characters are not its
    /// scalars, or not contiguous): then every length may.
    /// - Complexity: O(n) in the text's bytes, one look-up per character; no allocation.
    func lengths(in text: Substring) -> UInt64? {
        guard let keys else { return nil }
        return text.utf8.withContiguousStorageIfAvailable { bytes -> UInt64? in
            var mask: UInt64 = 0
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            var characters = 0
            for index in bytes.indices {
                let byte = bytes[index]
                if byte >= 0xC4 || byte == 0x0D { return nil }
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                // A character ends where the next byte is no continuation byte.
                if index + 1 == bytes.count || bytes[index + 1] & 0xC0 != 0x80 {
                    characters += 1
                    if characters >= 64 { break }
                    if keys.contains(Int(truncatingIfNeeded: hash & UInt64(Int.max))) { mask |= 1 << UInt64(characters) }
                }
            }
            return mask
        } ?? nil
    }

    /// The number words `text` is made of, connectors left out, split as ``NumberParser`` splits it by characters —
    /// connectors first, then the number-word lengths `lengths` longest first, with backtracking — but on the text's
    /// bytes: a running ``ClaimToken/wordKey(of:)`` finds the words that open it, and their bytes decide (round 24: the
    /// split by characters counted the text's characters, cut a `String` for each candidate and hashed it, at every step
    /// of the backtracking — 2.4 % of the claims stage by callgrind). `.some(nil)` when `text` is no compound of number
    /// words; `nil` when this reading does not apply (no values, or `text` outside Latin-1, with a carriage return, or
    /// not contiguous): then the split by characters answers.
    /// - Complexity: O(n) in the text's bytes per step of the split.
    func segment(_ text: Substring, lengths: [Int]) -> [Double]?? {
        guard positions != nil else { return nil }
        return text.utf8.withContiguousStorageIfAvailable { bytes -> [Double]?? in
            for byte in bytes where byte >= 0xC4 || byte == 0x0D { return nil }
            var mask: UInt64 = 0
            for length in lengths where length < 64 { mask |= 1 << UInt64(length) }
            return .some(segment(bytes, from: 0, lengths: lengths, allowed: mask, longest: min(lengths.max() ?? 0, 63)))
        } ?? nil
    }

    /// ``segment(_:lengths:)`` of `bytes[start...]` (Latin-1, no carriage return); `allowed` has the bits of `lengths`, and
    /// `longest` is the largest of them below 64.
    private func segment(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, lengths: [Int], allowed: UInt64, longest: Int
    ) -> [Double]? {
        if start == bytes.count { return [] }
        for connector in connectors where bytes.count - start >= connector.count {
            var offset = 0
            while offset < connector.count && bytes[start + offset] == connector[offset] { offset += 1 }
            if offset == connector.count, let rest = segment(bytes, from: start + connector.count, lengths: lengths, allowed: allowed, longest: longest) {
                return rest
            }
        }
        // The number words that open the text, by their length in characters (bit n: the first n characters), and the
        // position of the word found at each length.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: longest + 1) { at -> [Double]? in
            var found: UInt64 = 0
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            var characters = 0
            var index = start
            while index < bytes.count && characters < longest {
                hash = (hash ^ UInt64(bytes[index])) &* 0x0000_0100_0000_01B3
                index += 1
                // A character ends where the next byte is no continuation byte.
                guard index == bytes.count || bytes[index] & 0xC0 != 0x80 else { continue }
                characters += 1
                guard allowed & (1 << UInt64(characters)) != 0,
                    let position = positions?.value(for: Int(truncatingIfNeeded: hash & UInt64(Int.max))),
                    words[position].bytes.count == index - start,
                    words[position].bytes.withUnsafeBufferPointer({ word in
                        var offset = 0
                        while offset < word.count && word[offset] == bytes[start + offset] { offset += 1 }
                        return offset == word.count
                    })
                else { continue }
                found |= 1 << UInt64(characters)
                at[characters] = position
            }
            guard found != 0 else { return nil }
            for length in lengths where length <= longest && found & (1 << UInt64(length)) != 0 {
                let word = words[at[length]]
                if let rest = segment(bytes, from: start + word.bytes.count, lengths: lengths, allowed: allowed, longest: longest) {
                    return [word.value] + rest
                }
            }
            return nil
        }
    }
}

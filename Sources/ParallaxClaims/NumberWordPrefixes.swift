/// Which opening characters of a word spell a number word (`dreizehn` in `dreizehntausend`), from one pass over the word's
/// bytes, so that ``NumberParser`` builds a `String` and asks its dictionary only at those lengths.
///
/// Round 20: splitting a compound (``NumberParser``'s `segment`) cut a `String` of every number word's length from the
/// word and hashed it (SipHash) — for every word whose first three characters open a number word, the German articles and
/// `ein…` words among them — and again at each step of its backtracking: with the digit parsing, about 4 % of the
/// claims stage by profile. Where every number word is Latin-1 (then in NFC, so equal exactly when its bytes are), the
/// bytes' running ``ClaimToken/wordKey(of:)`` at each character's end, looked up among the number words' keys, says at
/// which lengths one may stand; the dictionary still decides, so the answers are the dictionary's own.
struct NumberWordPrefixes: Sendable {
    /// The number words' keys; `nil` when one is not Latin-1 (the lengths are then not narrowed).
    private let keys: IntKeyIndex?

    init<Words: Sequence>(_ words: Words) where Words.Element == String {
        let words = Array(words)
        keys = words.allSatisfy(ClaimToken.isLatin1) ? IntKeyIndex(keys: words.map { ClaimToken.wordKey(of: $0) }) : nil
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
}

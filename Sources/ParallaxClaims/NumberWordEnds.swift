/// The last bytes a compound of number words can end in: a word ending in none of them is no number word, and
/// ``NumberParser`` rejects it before splitting it (round 17).
///
/// ``NumberParser`` splits a word whose first three characters open a number word into number words and connectors,
/// trying every length at every position with a dictionary look-up of a new string (`einsatz` → `ein` + …, `eines` →
/// `eine` + …): in German every `ein…` word passes the first test. A word that splits ends with its last piece; for
/// Latin-1 words and pieces (``ClaimToken/isLatin1``: byte equality is string equality) its last two bytes, or its last
/// byte for a one-byte piece, are that piece's. A word that ends otherwise cannot split, so the answer is the same.
struct NumberWordEnds: Sendable {
    /// The pieces' last two bytes (`0x10000 | b1 << 8 | b2`) and single-byte pieces (`b`); `nil` when a piece is not
    /// Latin-1, which turns the test off.
    private let ends: IntKeyIndex?

    /// - Parameter pieces: the number words and connectors a word may be split into.
    init<Pieces: Sequence>(_ pieces: Pieces) where Pieces.Element == String {
        var keys: Set<Int> = []
        for piece in pieces {
            guard ClaimToken.isLatin1(piece) else {
                ends = nil
                return
            }
            let bytes = Array(piece.utf8)
            guard let last = bytes.last else { continue }
            keys.insert(bytes.count == 1 ? Int(last) : Self.pair(bytes[bytes.count - 2], last))
        }
        ends = IntKeyIndex(keys: keys)
    }

    /// False when `word` cannot be split into the pieces: it is Latin-1 and ends with no piece's last bytes.
    /// - Complexity: O(n) in the word's bytes (the Latin-1 test); no allocation.
    func admits(_ word: String) -> Bool {
        guard let ends else { return true }
        var previous: UInt8 = 0
        var last: UInt8 = 0
        var count = 0
        for byte in word.utf8 {
            if byte >= 0xC4 { return true }
            previous = last
            last = byte
            count += 1
        }
        guard count > 0 else { return true }
        return ends.contains(Int(last)) || (count > 1 && ends.contains(Self.pair(previous, last)))
    }

    private static func pair(_ first: UInt8, _ second: UInt8) -> Int {
        0x10000 | Int(first) << 8 | Int(second)
    }
}

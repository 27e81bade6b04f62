/// The opening bytes of a lexicon word — its first eight UTF-8 bytes packed into an integer — to reject a phrase
/// before its words are read.
///
/// For Latin-1 text (``ClaimToken/isLatin1``) a token equals a word, or starts with it, only if its first bytes are
/// the word's first bytes; comparing eight of them is one mask and one compare, where reading the word itself
/// follows two pointers (round 17: ``PhraseShape/longest(_:in:tokens:at:)`` spent most of its time on those reads).
struct WordHead: Sendable, Equatable {
    /// The word's first `min(8, byte count)` bytes, the first in the lowest byte; zero above them.
    let bytes: UInt64
    /// Ones over the bytes `bytes` holds.
    let mask: UInt64

    init(_ word: String) {
        let count = min(8, word.utf8.count)
        self.bytes = Self.bytes(of: word)
        self.mask = count == 8 ? .max : (UInt64(1) << UInt64(8 * count)) &- 1
    }

    /// The first eight bytes of `text` packed as in ``bytes`` (zero where the text is shorter).
    /// - Complexity: O(1); no allocation.
    ///
    /// Round 30: read from the text's contiguous bytes where it has them (native and small strings, every token's
    /// `lower`): the `UTF8View` iterator's per-byte checks were most of this function's cost, asked for each token a
    /// ``PhraseShape/longest(_:firstHeads:in:tokens:at:)`` look-up reaches.
    @inline(__always)
    static func bytes(of text: String) -> UInt64 {
        if let bytes = text.utf8.withContiguousStorageIfAvailable(bytes(ofUTF8:)) { return bytes }
        var bytes: UInt64 = 0
        var count = 0
        for byte in text.utf8 {
            bytes |= UInt64(byte) << UInt64(8 * count)
            count += 1
            if count == 8 { break }
        }
        return bytes
    }

    /// ``bytes(of:)`` of a text's UTF-8 bytes.
    @inline(__always)
    static func bytes(ofUTF8 utf8: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var bytes: UInt64 = 0
        for position in 0..<min(8, utf8.count) {
            bytes |= UInt64(utf8[position]) << UInt64(8 * position)
        }
        return bytes
    }

    /// False when a text whose first bytes are `head` (``bytes(of:)``) can neither equal this word nor start with it.
    /// A text shorter than the word has zeros where the word has bytes (UTF-8 text has no zero byte), so it fails too.
    @inline(__always)
    func opens(_ head: UInt64) -> Bool {
        head & mask == bytes
    }
}

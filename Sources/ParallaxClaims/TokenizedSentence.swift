import ParallaxModel

/// A sentence with its tokens, so that finders can cut spans out of the text it was built from.
struct TokenizedSentence: Sendable {
    var text: String
    /// Offset of `text` in the body (UTF-16 code units).
    var base: Int
    var tokens: [ClaimToken]

    /// Tokenizes `text`, which starts at offset `base` of the body.
    init(text: String, base: Int) {
        self.text = text
        self.base = base
        self.tokens = ClaimTokenizer.tokens(of: text, base: base)
    }

    /// The text from token `first` to the token before `end`, exactly as written.
    func slice(_ first: Int, _ end: Int) -> String {
        guard first < end, end <= tokens.count else { return "" }
        return slice(from: tokens[first].start, to: tokens[end - 1].end)
    }

    /// The text between two body offsets inside this sentence.
    func slice(from start: Int, to end: Int) -> String {
        if let sliced = Self.slice(of: text, fromUTF16: start - base, toUTF16: end - base) { return sliced }
        return utf16Slice(from: start, to: end)
    }

    /// The text between UTF-16 offsets `lower` and `upper` (`upper` clamped to the text's end), read by walking the
    /// UTF-8 bytes; `nil` when the text has no contiguous bytes, the offsets are reversed or either falls inside a
    /// scalar, where ``utf16Slice(from:to:)`` decides.
    ///
    /// Round 23: `String.UTF16View.index(_:offsetBy:)` builds and consults breadcrumbs for every text that is not ASCII
    /// (about 1.4 % of the claims stage by callgrind, for the sources and times that are cut out of sentences).
    /// - Complexity: O(n) in the bytes up to `upper`.
    static func slice(of text: String, fromUTF16 lower: Int, toUTF16 upper: Int) -> String? {
        let lower = max(0, lower)
        guard lower <= upper else { return nil }
        let sliced = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var utf16 = 0
            var position = 0
            var lowerByte: Int?
            // Round 30: two walks, up to `lower` and on to `upper`, each with one test a byte (the single walk asked
            // both offsets at every byte). The same stops: the first walk ends where the single one set `lowerByte`
            // (or where it would have stopped without setting it), the second where it broke off.
            func walk(until limit: Int) {
                while position < bytes.count && utf16 < limit {
                    if Self.skipsASCII(bytes, at: position, utf16: utf16, before: limit) {
                        position += 8
                        utf16 += 8
                        continue
                    }
                    let lead = bytes[position]
                    let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                    utf16 += length == 4 ? 2 : 1
                    position += length
                }
            }
            walk(until: lower)
            if utf16 == lower { lowerByte = position }
            walk(until: upper)
            // An offset past the last scalar is the end (the UTF-16 version clamps the upper one); inside a scalar is not ours.
            guard let lowerByte, utf16 == upper || (utf16 < upper && position == bytes.count) else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[lowerByte..<position]), as: UTF8.self)
        }
        return sliced ?? nil
    }

    /// True when the eight bytes at `position` are ASCII and end at or before the offset `limit` (`utf16` is the offset at
    /// `position`): the walks of ``slice(of:fromUTF16:toUTF16:)`` step over them at once, as eight steps of one byte and
    /// one UTF-16 unit each would (round 33, cspeed33: the walk from the sentence's start, byte by byte, for every slice).
    @inline(__always)
    private static func skipsASCII(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int, utf16: Int, before limit: Int) -> Bool {
        guard position + 8 <= bytes.count, utf16 + 8 <= limit, let base = bytes.baseAddress else { return false }
        return UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
    }

    /// ``slice(from:to:)`` by `String.UTF16View` indices: the general form.
    func utf16Slice(from start: Int, to end: Int) -> String {
        let units = text.utf16
        let lower = units.index(units.startIndex, offsetBy: max(0, start - base))
        let upper = units.index(units.startIndex, offsetBy: min(units.count, end - base))
        return String(text[lower..<upper])
    }
}

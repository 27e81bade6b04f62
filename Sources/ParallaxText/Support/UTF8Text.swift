/// A string's UTF-8 bytes with scalar-wise navigation, for scanners that look ahead and behind.
///
/// Positions are byte offsets of scalar starts. Substrings are decoded once from the bytes, and
/// UTF-16 offsets are counted forward with ``UTF16Counter``, so scanning never builds per-scalar
/// arrays.
struct UTF8Text {
    /// The text's UTF-8 bytes.
    let bytes: [UInt8]

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// Number of bytes.
    var count: Int { bytes.count }

    /// The scalar starting at byte `i` (which must be a scalar start inside the text).
    @inline(__always)
    func scalar(at i: Int) -> Unicode.Scalar {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return Unicode.Scalar(UInt8(b0)) }
        let value: UInt32
        if b0 < 0xE0 {
            value = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
        } else if b0 < 0xF0 {
            value = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
        } else {
            value = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                | UInt32(bytes[i + 3] & 0x3F)
        }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// The scalar at `i`, or `nil` outside the text.
    @inline(__always)
    func scalarIfAny(at i: Int) -> Unicode.Scalar? { i >= 0 && i < bytes.count ? scalar(at: i) : nil }

    /// The byte offset after the scalar starting at `i`.
    @inline(__always)
    func after(_ i: Int) -> Int {
        let b0 = bytes[i]
        if b0 < 0x80 { return i + 1 }
        if b0 < 0xE0 { return i + 2 }
        if b0 < 0xF0 { return i + 3 }
        return i + 4
    }

    /// The byte offset where the scalar before `i` starts (`i` > 0).
    @inline(__always)
    func before(_ i: Int) -> Int {
        var j = i - 1
        while j > 0 && bytes[j] & 0xC0 == 0x80 { j -= 1 }
        return j
    }

    /// The scalar before byte `i`, or `nil` at the start.
    @inline(__always)
    func scalar(before i: Int) -> Unicode.Scalar? { i > 0 ? scalar(at: before(i)) : nil }

    /// The text of bytes `range` (scalar boundaries).
    func string(_ range: Range<Int>) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }
}

/// Converts increasing byte offsets of a ``UTF8Text`` into UTF-16 offsets in amortised O(1).
struct UTF16Counter {
    private var byteOffset = 0
    private var utf16Offset = 0

    /// The UTF-16 offset of byte `target`; `target` may go back, at the cost of recounting.
    mutating func offset(ofByte target: Int, in text: UTF8Text) -> Int {
        if target < byteOffset {
            byteOffset = 0
            utf16Offset = 0
        }
        var i = byteOffset
        var u = utf16Offset
        text.bytes.withUnsafeBufferPointer { bytes in
            while i < target {
                let b = bytes[i]
                if b & 0xC0 != 0x80 { u += b >= 0xF0 ? 2 : 1 }
                i += 1
            }
        }
        byteOffset = i
        utf16Offset = u
        return u
    }
}

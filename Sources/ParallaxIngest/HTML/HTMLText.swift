/// Whitespace handling for text taken from pages.
package enum HTMLText {
    /// Whether `scalar` is whitespace on a page (including no-break and zero-width spaces).
    @inline(__always)
    package static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B, 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: true
        default: false
        }
    }

    /// Length in bytes of the whitespace character at `index` of `bytes`, or 0.
    @inline(__always)
    private static func spaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) ? 1 : 0 }
        let count = bytes.count
        if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0xA0 { return 2 }
        guard index + 2 < count else { return 0 }
        let second = bytes[index + 1]
        let third = bytes[index + 2]
        switch byte {
        case 0xE2 where second == 0x80 && (third <= 0x8B || third == 0xAF): return 3
        case 0xE2 where second == 0x81 && third == 0x9F: return 3
        case 0xE3 where second == 0x80 && third == 0x80: return 3
        case 0xEF where second == 0xBB && third == 0xBF: return 3
        default: return 0
        }
    }

    /// `text` with every whitespace run replaced by one space, trimmed.
    /// - Complexity: O(n), over UTF-8 bytes.
    package static func normalize(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                let space = spaceLength(bytes, at: index)
                if space > 0 {
                    pendingSpace = !output.isEmpty
                    index += space
                } else {
                    if pendingSpace { output.append(0x20) }
                    pendingSpace = false
                    output.append(bytes[index])
                    index += 1
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// `text` without the invisible marks pages put inside words: soft hyphens (U+00AD), zero-width
    /// non-joiners and joiners (U+200C, U+200D) and word joiners (U+2060). "Mit&shy;tel&shy;al&shy;ter"
    /// reads "Mittelalter".
    /// - Complexity: O(n), over UTF-8 bytes; a text without candidate bytes is returned as is.
    package static func removingInvisibleMarks(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0xAD || $0 == 0xE2 }) else { return text }
        var output: [UInt8] = []
        var text = text
        let changed = text.withUTF8 { bytes -> Bool in
            output.reserveCapacity(bytes.count)
            var index = 0
            var removed = false
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xAD {
                    index += 2
                    removed = true
                    continue
                }
                if byte == 0xE2, index + 2 < bytes.count,
                    (bytes[index + 1] == 0x80 && (bytes[index + 2] == 0x8C || bytes[index + 2] == 0x8D))
                        || (bytes[index + 1] == 0x81 && bytes[index + 2] == 0xA0)
                {
                    index += 3
                    removed = true
                    continue
                }
                output.append(byte)
                index += 1
            }
            return removed
        }
        return changed ? String(decoding: output, as: UTF8.self) : text
    }

    /// Characters `text` shows, counting each whitespace run as one.
    /// - Complexity: O(n), over UTF-8 bytes.
    package static func visibleLength(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            var inSpace = true
            var index = 0
            while index < bytes.count {
                let space = spaceLength(bytes, at: index)
                if space > 0 {
                    if !inSpace { count += 1 }
                    inSpace = true
                    index += space
                } else {
                    if bytes[index] & 0xC0 != 0x80 { count += 1 }
                    inSpace = false
                    index += 1
                }
            }
            return count
        }
    }

    /// Appends the lower-cased letter runs of `value` (ASCII letters; other bytes split runs
    /// unless they belong to a non-ASCII character) to `tokens`.
    package static func appendLetterRuns(of value: String, to tokens: inout [String]) {
        var current: [UInt8] = []
        for byte in value.utf8 {
            if (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80 {
                current.append(byte)
            } else if byte >= 0x41 && byte <= 0x5A {
                current.append(byte | 0x20)
            } else if !current.isEmpty {
                tokens.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)) }
    }
}

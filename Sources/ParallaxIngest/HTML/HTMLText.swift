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

    /// `text` with every whitespace run replaced by one space, trimmed.
    /// - Complexity: O(n).
    package static func normalize(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = !output.isEmpty
            } else {
                if pendingSpace { output.append(" ") }
                pendingSpace = false
                output.append(scalar)
            }
        }
        return String(output)
    }

    /// Characters `text` shows, counting each whitespace run as one.
    package static func visibleLength(_ text: String) -> Int {
        var count = 0
        var inSpace = true
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                if !inSpace { count += 1 }
                inSpace = true
            } else {
                count += 1
                inSpace = false
            }
        }
        return count
    }
}

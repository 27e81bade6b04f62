import Foundation

/// Cleans decoded text: HTML entities, invisible characters, spaces, line ends, Unicode NFC.
///
/// Soft hyphens (U+00AD) and zero-width characters (U+200B–U+200D, U+2060, U+FEFF) are removed;
/// non-breaking and other fixed-width spaces become plain spaces; `\r\n` and `\r` become `\n`; other
/// control characters except tab are dropped. Typographic quotes and dashes are kept as written.
package struct TextNormalizer: Sendable {
    /// Whether HTML character references are decoded (`&amp;`, `&#228;`).
    package var decodesEntities: Bool

    /// A normalizer; `decodesEntities` defaults to `true`.
    package init(decodesEntities: Bool = true) {
        self.decodesEntities = decodesEntities
    }

    /// The cleaned form of `text`.
    /// - Complexity: O(n); ASCII text without `&` or control characters is returned after one scan.
    package func normalize(_ text: String) -> String {
        var needsWork = false
        for byte in text.utf8 where byte >= 0x80 || (byte < 0x20 && byte != 0x0A) || byte == UInt8(ascii: "&") {
            needsWork = true
            break
        }
        guard needsWork else { return text }
        let decoded = decodesEntities ? HTMLEntities.decode(text) : text
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(decoded.unicodeScalars.count)
        var previousWasCarriageReturn = false
        var isASCII = true
        for scalar in decoded.unicodeScalars {
            let value = scalar.value
            defer { previousWasCarriageReturn = value == 0x0D }
            switch value {
            case 0x0D:
                scalars.append("\n")
            case 0x0A:
                if !previousWasCarriageReturn { scalars.append("\n") }
            case 0x09:
                scalars.append(scalar)
            case 0x00..<0x20, 0x7F..<0xA0:
                continue
            case 0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
                continue
            case 0xA0, 0x2007, 0x202F, 0x2000...0x200A:
                scalars.append(" ")
            default:
                if value >= 0x80 { isASCII = false }
                scalars.append(scalar)
            }
        }
        let cleaned = String(scalars)
        return isASCII ? cleaned : cleaned.precomposedStringWithCanonicalMapping
    }
}

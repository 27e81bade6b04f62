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
        guard Self.mayNeedWork(text.utf8, decodesEntities: decodesEntities) else { return text }
        return normalizeWithoutFastPath(text)
    }

    /// The same result as ``normalize(_:)`` without the byte scan that returns clean text untouched;
    /// for differential tests.
    package func normalizeWithoutFastPath(_ text: String) -> String {
        let decoded = decodesEntities ? CharacterReferenceDecoder.decode(text) : text
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(decoded.utf8.count)
        var previousWasCarriageReturn = false
        var mayChangeUnderNFC = false
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
                if value >= 0x300, !mayChangeUnderNFC { mayChangeUnderNFC = Self.mayChangeUnderNFC(scalar) }
                scalars.append(scalar)
            }
        }
        let cleaned = String(scalars)
        return mayChangeUnderNFC ? cleaned.precomposedStringWithCanonicalMapping : cleaned
    }

    /// Whether the UTF-8 `bytes` may hold anything the normalizer changes: control bytes, `&`,
    /// U+0080–U+00A0 and U+00AD, the spaces and zero-width characters of U+2000–U+2060, U+FEFF, or a
    /// scalar in a range where NFC may change something (combining marks, Greek, scripts with marks,
    /// jamo, letterlike symbols, compatibility ideographs, supplementary planes). Conservative: `true`
    /// means "look closer". Typical German and English news text returns `false` after one pass.
    /// - Complexity: O(n) over the bytes, no allocation.
    private static func mayNeedWork(_ bytes: String.UTF8View, decodesEntities: Bool) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in bytes {
            switch byte {
            case 0x00..<0x20 where byte != 0x0A, 0x7F:
                return true
            case UInt8(ascii: "&") where decodesEntities:
                return true
            case 0xCC...0xE1, 0xE3, 0xF0...0xFF:
                return true
            case 0x80...0xBF:
                if previous == 0xC2, byte <= 0xA0 || byte == 0xAD { return true }
                if beforePrevious == 0xE2, previous == 0x80, byte <= 0x8F || byte == 0xAF { return true }
                if beforePrevious == 0xE2, previous == 0x81, byte == 0xA0 { return true }
                if beforePrevious == 0xE2, previous == 0x83, byte >= 0x90 { return true }
                if beforePrevious == 0xEF, previous == 0xBB, byte == 0xBF { return true }
                if beforePrevious == 0xEF, previous == 0xB8, byte >= 0xA0 && byte <= 0xAF { return true }
                if beforePrevious == 0xEF, previous >= 0xA4 && previous <= 0xAB { return true }
                if previous == 0xE2, byte == 0x84 || byte == 0x8C { return true }
            default:
                break
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    /// Whether text holding `scalar` may differ from its NFC form: combining marks, Hangul jamo,
    /// and the blocks of canonical singletons (Greek, general punctuation, letterlike symbols, CJK
    /// compatibility ideographs). Text without such scalars is already NFC, so the costly
    /// normalization runs only when one occurs. Scalars below U+0300 never need it.
    private static func mayChangeUnderNFC(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0300...0x036F, 0x0370...0x03FF, 0x1100...0x11FF, 0x1F00...0x1FFF, 0x2000...0x2001, 0x2126...0x212B,
            0x2329...0x232A, 0xF900...0xFAFF, 0x2F800...0x2FA1F:
            return true
        default:
            return scalar.properties.canonicalCombiningClass != .notReordered
        }
    }
}

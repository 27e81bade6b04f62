/// Fast character classes over Unicode scalars, with an ASCII fast path.
enum ScalarClass {
    /// Whether `scalar` is a letter (or a combining mark that belongs to one).
    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        if v == 0xD7 || v == 0xF7 { return false }
        if v >= 0xC0 && v <= 0x24F { return true }
        if v >= 0x400 && v <= 0x4FF { return true }
        return scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
    }

    /// Whether `scalar` is an ASCII digit.
    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value &- 0x30 < 10 }

    /// Whether `scalar` is a letter or digit.
    @inline(__always)
    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool { isDigit(scalar) || isLetter(scalar) }

    /// Whether `scalar` is an upper-case letter.
    @inline(__always)
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return scalar.properties.isUppercase
    }

    /// Whether `scalar` is a lower-case letter.
    @inline(__always)
    static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        return scalar.properties.isLowercase
    }

    /// Whether `scalar` is white space (including no-break and other Unicode spaces).
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v == 0x20 || (v >= 0x09 && v <= 0x0D) { return true }
        if v < 0x80 { return false }
        return scalar.properties.isWhitespace
    }

    /// The lower-case form of a letter (one scalar; letters whose lower case is longer are kept).
    @inline(__always)
    static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 0x20)! : scalar }
        guard scalar.properties.isUppercase else { return scalar }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first! : scalar
    }

    /// Quotation marks and closing brackets that may follow a sentence's final punctuation.
    static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{00BB}", "\u{00AB}", "\u{203A}",
            "\u{2039}", ")", "]", "}":
            return true
        default: return false
        }
    }

    /// Sentence-final punctuation.
    static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "!" || scalar == "?" || scalar == "\u{2026}"
    }
}

/// Splits text into ``ClaimToken``s with UTF-16 offsets.
///
/// Words keep inner hyphens and apostrophes; numbers keep inner separators (`.`, `,`, `:`, `/`,
/// narrow or no-break spaces) when a digit follows, so `14.000`, `1,5`, `28.04.2025` and `19:00`
/// are one token each and the number parser decides what they are. Everything else is one
/// punctuation token per character.
enum ClaimTokenizer {
    /// The tokens of `text`, offsets counted from `base`.
    /// - Complexity: O(n) in the length of `text`.
    static func tokens(of text: String, base: Int = 0) -> [ClaimToken] {
        var text = text
        return text.withUTF8 { tokens(of: $0, base: base) }
    }

    /// Tokenizes UTF-8 bytes, decoding each scalar once and counting UTF-16 offsets on the way.
    private static func tokens(of bytes: UnsafeBufferPointer<UInt8>, base: Int) -> [ClaimToken] {
        // Scalar at `position`: its value and its length in bytes.
        func scalar(at position: Int) -> (Unicode.Scalar, Int) {
            let lead = bytes[position]
            if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for offset in 1..<length where position + offset < bytes.count {
                value = value << 6 | (UInt32(bytes[position + offset]) & 0x3F)
            }
            return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
        }
        var tokens: [ClaimToken] = []
        tokens.reserveCapacity(bytes.count / 6)
        var position = 0
        var utf16 = base
        var spaceBefore = true
        while position < bytes.count {
            let (first, firstLength) = scalar(at: position)
            if isSpace(first) {
                spaceBefore = true
                position += firstLength
                utf16 += first.utf16.count
                continue
            }
            let begin = position, beginUTF16 = utf16
            let kind: ClaimToken.Kind
            // Consumes scalars while `accept` holds, and a joiner when `accept` holds after it.
            func consume(_ accept: (Unicode.Scalar) -> Bool, joiner: (Unicode.Scalar) -> Bool) {
                position += firstLength
                utf16 += first.utf16.count
                while position < bytes.count {
                    let (next, length) = scalar(at: position)
                    if accept(next) {
                        position += length
                        utf16 += next.utf16.count
                    } else if joiner(next), position + length < bytes.count {
                        let (after, afterLength) = scalar(at: position + length)
                        guard accept(after) else { break }
                        position += length + afterLength
                        utf16 += next.utf16.count + after.utf16.count
                    } else {
                        break
                    }
                }
            }
            if isDigit(first) {
                kind = .number
                consume(isDigit, joiner: isNumberJoiner)
            } else if isLetter(first) {
                kind = .word
                consume(isLetter, joiner: isWordJoiner)
            } else {
                kind = .punctuation
                position += firstLength
                utf16 += first.utf16.count
            }
            let slice = UnsafeBufferPointer(rebasing: bytes[begin..<position])
            let text = String(decoding: slice, as: UTF8.self)
            let lowered = loweredWithKeys(slice, text: text)
            tokens.append(
                ClaimToken(
                    text: text, lower: lowered.lower, kind: kind, start: beginUTF16, end: utf16, spaceBefore: spaceBefore,
                    isCapitalized: kind == .word && isUppercase(first), isASCII: lowered.isASCII,
                    isLatin1: lowered.isASCII || !slice.contains { $0 >= 0xC4 }, key: lowered.key, wordKey: lowered.wordKey))
            spaceBefore = false
        }
        return tokens
    }

    /// ``lowercased(_:text:)`` and, read in the same pass over the bytes, the lower-case form's
    /// ``ClaimToken/key(of:length:)`` (when its first three bytes are ASCII) and ``ClaimToken/wordKey(of:)`` (when the
    /// form is made byte by byte); `nil` keys are left to ``ClaimToken``'s initialiser.
    ///
    /// Round 21: the two keys were two more passes over every token's lower-case string after this one (about 1 % of the
    /// claims stage by profile). A capital is lowered by the same test as ``lowercased(_:text:)``'s, which looks at the
    /// byte and the one before it only, so the keys can be read on the way.
    /// - Complexity: O(n) in the token's bytes.
    static func loweredWithKeys(
        _ bytes: UnsafeBufferPointer<UInt8>, text: String
    ) -> (lower: String, isASCII: Bool, key: Int?, wordKey: Int?) {
        var hasCapital = false
        var isASCII = true
        var previous: UInt8 = 0
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var key = 0
        var keyIsASCII = true
        for (position, byte) in bytes.enumerated() {
            var lowered = byte
            if byte >= 0x80 {
                isASCII = false
                // Only ASCII and Latin-1 (lead bytes C2, C3) are lowered here; capitals À–Þ but × are C3 80–9E.
                if byte >= 0xC0 && byte != 0xC2 && byte != 0xC3 {
                    let lower = text.lowercased()
                    return (lower, false, nil, nil)
                }
                if previous == 0xC3 && byte <= 0x9E && byte != 0x97 {
                    hasCapital = true
                    lowered = byte + 0x20
                }
            } else if byte >= 0x41 && byte <= 0x5A {
                hasCapital = true
                lowered = byte + 0x20
            }
            hash = (hash ^ UInt64(lowered)) &* 0x0000_0100_0000_01B3
            if position < 3 {
                if lowered >= 0x80 { keyIsASCII = false }
                key = key &* 0x110000 &+ Int(lowered)
            }
            previous = byte
        }
        let wordKey = Int(truncatingIfNeeded: hash & UInt64(Int.max))
        let openingKey = keyIsASCII && !bytes.isEmpty ? key : nil
        guard hasCapital else { return (text, isASCII, openingKey, wordKey) }
        let lower = latin1Lowered(bytes)
        return (lower, isASCII, openingKey, wordKey)
    }

    /// The lower-case form of a token and whether it is ASCII: `text` itself when it has no capital,
    /// ASCII and Latin-1 letters (`Ä` C3 84 → `ä` C3 A4) lowered byte by byte, and `String.lowercased()`
    /// only for words with other characters (`ŁÓDŹ`, `Ǆ`).
    /// - Complexity: O(n) in the token's bytes.
    static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>, text: String) -> (String, Bool) {
        var hasCapital = false
        var isASCII = true
        var previous: UInt8 = 0
        for byte in bytes {
            if byte >= 0x80 {
                isASCII = false
                // Only ASCII and Latin-1 (lead bytes C2, C3) are lowered here; capitals À–Þ but × are C3 80–9E.
                if byte >= 0xC0 && byte != 0xC2 && byte != 0xC3 { return (text.lowercased(), false) }
                if previous == 0xC3 && byte <= 0x9E && byte != 0x97 { hasCapital = true }
            } else if byte >= 0x41 && byte <= 0x5A {
                hasCapital = true
            }
            previous = byte
        }
        guard hasCapital else { return (text, isASCII) }
        let lower = latin1Lowered(bytes)
        return (lower, isASCII)
    }

    /// The bytes of an ASCII or Latin-1 word with its capitals lowered (`A`–`Z`, and `À`–`Þ` but `×` after a C3 lead
    /// byte); the callers have checked that no other capital occurs.
    @inline(__always)
    private static func latin1Lowered(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            var previous: UInt8 = 0
            for (index, byte) in bytes.enumerated() {
                let isCapital =
                    (byte >= 0x41 && byte <= 0x5A) || (previous == 0xC3 && byte >= 0x80 && byte <= 0x9E && byte != 0x97)
                buffer[index] = isCapital ? byte + 0x20 : byte
                previous = byte
            }
            return bytes.count
        }
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    // Latin-1 (U+0080–U+00FF) is answered without the Unicode property tables: German text is ASCII and
    // umlauts, and those tables cost more than the rest of the tokenizer. The tests compare all three
    // functions with the properties over that range.

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            return (scalar.value >= 0x41 && scalar.value <= 0x5A) || (scalar.value >= 0x61 && scalar.value <= 0x7A)
        }
        if scalar.value <= 0xFF {
            // Letters À–ÿ without × and ÷; below them ª, µ and º.
            return (scalar.value >= 0xC0 && scalar.value != 0xD7 && scalar.value != 0xF7)
                || scalar.value == 0xAA || scalar.value == 0xB5 || scalar.value == 0xBA
        }
        return scalar.properties.isAlphabetic
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value == 0x20 || (scalar.value >= 0x09 && scalar.value <= 0x0D) }
        if scalar.value <= 0xFF { return scalar.value == 0x85 || scalar.value == 0xA0 }
        return scalar.properties.isWhitespace
    }

    /// True for an upper-case letter (`ClaimToken.isCapitalized` of a word starting with it).
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value >= 0x41 && scalar.value <= 0x5A }
        if scalar.value <= 0xFF { return scalar.value >= 0xC0 && scalar.value <= 0xDE && scalar.value != 0xD7 }
        return scalar.properties.isUppercase
    }

    /// Characters that may sit between digits of one number token.
    private static func isNumberJoiner(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E, 0x2C, 0x3A, 0x2F, 0xA0, 0x202F, 0x2009, 0x27: return true  // . , : / nbsp nnbsp thin '
        default: return false
        }
    }

    /// Characters that may sit between letters of one word token.
    private static func isWordJoiner(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2D, 0x27, 0x2019: return true  // - ' ’
        default: return false
        }
    }
}

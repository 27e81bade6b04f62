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
    ///
    /// Round 23: ASCII bytes are classified without decoding a scalar, words and numbers are consumed by a loop of their
    /// own (the shared loop took its tests as closures), and a token of ASCII bytes gets its lower-case form and keys from
    /// ``asciiToken(_:start:end:spaceBefore:isCapitalized:kind:)`` — one tight pass — and its text without UTF-8
    /// validation. Other tokens go through ``loweredWithKeys(_:text:)`` as before.
    private static func tokens(of bytes: UnsafeBufferPointer<UInt8>, base: Int) -> [ClaimToken] {
        // Scalar at `position`: its value and its length in bytes.
        @inline(__always)
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
        @inline(__always)
        func utf16Count(_ scalar: Unicode.Scalar) -> Int { scalar.value > 0xFFFF ? 2 : 1 }
        let count = bytes.count
        var tokens: [ClaimToken] = []
        tokens.reserveCapacity(count / 4 + 4)
        var position = 0
        var utf16 = base
        var spaceBefore = true
        while position < count {
            let begin = position, beginUTF16 = utf16
            let lead = bytes[position]
            let kind: ClaimToken.Kind
            var isASCII = true
            var isCapitalized = false
            if lead < 0x80 {
                if isASCIISpace(lead) {
                    spaceBefore = true
                    position += 1
                    utf16 += 1
                    continue
                }
                if isASCIIDigit(lead) {
                    kind = .number
                } else if isASCIILetter(lead) {
                    kind = .word
                    isCapitalized = lead <= 0x5A
                } else {
                    kind = .punctuation
                }
                position += 1
                utf16 += 1
            } else {
                let (first, length) = scalar(at: position)
                if isSpace(first) {
                    spaceBefore = true
                    position += length
                    utf16 += utf16Count(first)
                    continue
                }
                isASCII = false
                // No digit is above ASCII.
                if isLetter(first) {
                    kind = .word
                    isCapitalized = isUppercase(first)
                } else {
                    kind = .punctuation
                }
                position += length
                utf16 += utf16Count(first)
            }
            if kind == .word {
                // Letters, and a joiner (`-`, `'`, `’`) when a letter follows it.
                while position < count {
                    let byte = bytes[position]
                    if byte < 0x80 {
                        if isASCIILetter(byte) {
                            position += 1
                            utf16 += 1
                            continue
                        }
                        guard byte == 0x2D || byte == 0x27, position + 1 < count else { break }
                        let (after, afterLength) = scalar(at: position + 1)
                        guard isLetter(after) else { break }
                        if afterLength > 1 { isASCII = false }
                        position += 1 + afterLength
                        utf16 += 1 + utf16Count(after)
                        continue
                    }
                    let (next, length) = scalar(at: position)
                    if isLetter(next) {
                        isASCII = false
                        position += length
                        utf16 += utf16Count(next)
                    } else if next.value == 0x2019, position + length < count {
                        let (after, afterLength) = scalar(at: position + length)
                        guard isLetter(after) else { break }
                        isASCII = false
                        position += length + afterLength
                        utf16 += utf16Count(next) + utf16Count(after)
                    } else {
                        break
                    }
                }
            } else if kind == .number {
                // Digits, and a joiner (`.`, `,`, `:`, `/`, `'`, no-break, narrow and thin spaces) when a digit follows it.
                while position < count {
                    let byte = bytes[position]
                    if isASCIIDigit(byte) {
                        position += 1
                        utf16 += 1
                        continue
                    }
                    let length: Int
                    let joinerUTF16: Int
                    if byte < 0x80 {
                        guard byte == 0x2E || byte == 0x2C || byte == 0x3A || byte == 0x2F || byte == 0x27 else { break }
                        length = 1
                        joinerUTF16 = 1
                    } else {
                        let (next, nextLength) = scalar(at: position)
                        guard next.value == 0xA0 || next.value == 0x202F || next.value == 0x2009 else { break }
                        length = nextLength
                        joinerUTF16 = 1
                    }
                    guard position + length < count, isASCIIDigit(bytes[position + length]) else { break }
                    if length > 1 { isASCII = false }
                    position += length + 1
                    utf16 += joinerUTF16 + 1
                }
            }
            if isASCII {
                tokens.append(
                    asciiToken(
                        UnsafeBufferPointer(rebasing: bytes[begin..<position]), start: beginUTF16, end: utf16,
                        spaceBefore: spaceBefore, isCapitalized: isCapitalized, kind: kind))
            } else {
                let slice = UnsafeBufferPointer(rebasing: bytes[begin..<position])
                let text = String(decoding: slice, as: UTF8.self)
                let lowered = loweredWithKeys(slice, text: text)
                tokens.append(
                    ClaimToken(
                        text: text, lower: lowered.lower, kind: kind, start: beginUTF16, end: utf16, spaceBefore: spaceBefore,
                        isCapitalized: isCapitalized, isASCII: lowered.isASCII,
                        isLatin1: lowered.isASCII || !slice.contains { $0 >= 0xC4 }, key: lowered.key, wordKey: lowered.wordKey))
            }
            spaceBefore = false
        }
        return tokens
    }

    /// The token of ASCII `bytes`: its text, lower-case form and both keys in one pass, as ``loweredWithKeys(_:text:)``
    /// gives them for ASCII.
    @inline(__always)
    private static func asciiToken(
        _ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, spaceBefore: Bool, isCapitalized: Bool,
        kind: ClaimToken.Kind
    ) -> ClaimToken {
        var hasCapital = false
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var key = 0
        for position in 0..<bytes.count {
            let byte = bytes[position]
            let isCapital = byte &- 0x41 < 26
            hasCapital = hasCapital || isCapital
            let lowered = isCapital ? byte | 0x20 : byte
            hash = (hash ^ UInt64(lowered)) &* 0x0000_0100_0000_01B3
            if position < 3 { key = key &* 0x110000 &+ Int(lowered) }
        }
        let text = asciiString(bytes, lowering: false)
        return ClaimToken(
            text: text, lower: hasCapital ? asciiString(bytes, lowering: true) : text, kind: kind, start: start, end: end,
            spaceBefore: spaceBefore, isCapitalized: isCapitalized, isASCII: true, isLatin1: true, key: key,
            wordKey: Int(truncatingIfNeeded: hash & UInt64(Int.max)))
    }

    /// A string of ASCII `bytes`, capitals lowered when `lowering`: ASCII needs no UTF-8 validation, and the standard
    /// library makes a small string of up to 15 ASCII bytes without one (`String(decoding:as:)` validates every token).
    @inline(__always)
    static func asciiString(_ bytes: UnsafeBufferPointer<UInt8>, lowering: Bool) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for index in 0..<bytes.count {
                let byte = bytes[index]
                buffer[index] = lowering && byte &- 0x41 < 26 ? byte | 0x20 : byte
            }
            return bytes.count
        }
    }

    @inline(__always)
    private static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    @inline(__always)
    private static func isASCIIDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    @inline(__always)
    private static func isASCIISpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte &- 0x09 < 5 }

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

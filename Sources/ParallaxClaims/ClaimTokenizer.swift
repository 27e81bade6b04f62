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
        let scalars = Array(text.unicodeScalars)
        var positions = Array(text.unicodeScalars.indices)
        positions.append(text.unicodeScalars.endIndex)
        var tokens: [ClaimToken] = []
        tokens.reserveCapacity(scalars.count / 5)
        var offsets = [Int](repeating: 0, count: scalars.count + 1)
        for (index, scalar) in scalars.enumerated() { offsets[index + 1] = offsets[index] + scalar.utf16.count }
        var index = 0
        var spaceBefore = true
        while index < scalars.count {
            let scalar = scalars[index]
            if isSpace(scalar) {
                spaceBefore = true
                index += 1
                continue
            }
            let begin = index
            let kind: ClaimToken.Kind
            if isDigit(scalar) {
                kind = .number
                index += 1
                while index < scalars.count {
                    if isDigit(scalars[index]) {
                        index += 1
                    } else if isNumberJoiner(scalars[index]), index + 1 < scalars.count, isDigit(scalars[index + 1]) {
                        index += 2
                    } else {
                        break
                    }
                }
            } else if isLetter(scalar) {
                kind = .word
                index += 1
                while index < scalars.count {
                    if isLetter(scalars[index]) {
                        index += 1
                    } else if isWordJoiner(scalars[index]), index + 1 < scalars.count, isLetter(scalars[index + 1]) {
                        index += 2
                    } else {
                        break
                    }
                }
            } else {
                kind = .punctuation
                index += 1
            }
            tokens.append(
                ClaimToken(
                    text: String(text.unicodeScalars[positions[begin]..<positions[index]]), kind: kind, start: base + offsets[begin], end: base + offsets[index],
                    spaceBefore: spaceBefore))
            spaceBefore = false
        }
        return tokens
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            return (scalar.value >= 0x41 && scalar.value <= 0x5A) || (scalar.value >= 0x61 && scalar.value <= 0x7A)
        }
        return scalar.properties.isAlphabetic
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value == 0x20 || (scalar.value >= 0x09 && scalar.value <= 0x0D) }
        return scalar.properties.isWhitespace
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

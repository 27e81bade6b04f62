/// Digit tokens whose only marks are `.` and `,` — nearly every number with a mark in news text (`14.000`, `3,5`,
/// `1.234.567`, `1.234,5`) — read on their bytes.
///
/// ``NumberParser/parseDigitsByCharacters(_:)`` weighs the marks as a `Set<Character>` and splits the text into
/// `Substring`s, hashing and allocating for every such number (round 20's profile: about 1 % of the claims stage). For
/// ASCII digits and these two marks characters are bytes, so the same rules — both marks: the last is the decimal mark;
/// one mark used more than once groups digits; used once, the language's decimal mark is decimal and its group mark groups
/// exactly three following digits; groups of one to three digits, then three each — are read in one pass, and the
/// normalised digits are handed to `Double` as the character path builds them.
extension NumberParser {
    /// The value ``parseDigitsByCharacters(_:)`` gives `text`, when `text` holds ASCII digits and at least one `.` or `,`
    /// and nothing else: `.some(nil)` where that reading finds no well-formed number; `nil` for any other text.
    /// - Complexity: O(n) in the bytes; one allocation, for the normalised string.
    func parseASCIIMarks(_ text: String) -> Double?? {
        let dot = UInt8(ascii: "."), comma = UInt8(ascii: ",")
        var dots = 0
        var commas = 0
        var lastMark: UInt8 = 0
        for byte in text.utf8 {
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { continue }
            if byte == dot {
                dots += 1
            } else if byte == comma {
                commas += 1
            } else {
                return nil
            }
            lastMark = byte
        }
        guard dots + commas > 0 else { return nil }
        var decimal: UInt8?
        var group: UInt8?
        if dots > 0 && commas > 0 {
            decimal = lastMark
            group = lastMark == dot ? comma : dot
        } else {
            let mark = lastMark
            // Digits after the last run of marks (`split` drops empty pieces, so `14.` counts the `14`).
            var tail = 0
            var run = 0
            for byte in text.utf8 {
                if byte == mark {
                    if run > 0 { tail = run }
                    run = 0
                } else {
                    run += 1
                }
            }
            if run > 0 { tail = run }
            let character = Character(Unicode.Scalar(mark))
            if dots + commas > 1 {
                group = mark
            } else if character == pack.decimalSeparator {
                decimal = mark
            } else if character == pack.groupSeparator && tail == 3 {
                group = mark
            } else {
                decimal = mark
            }
        }
        var normalized: [UInt8] = []
        normalized.reserveCapacity(text.utf8.count)
        // Pieces of the integer part between group marks: the first of one to three digits, the others of three.
        var pieces = 0
        var piece = 0
        var invalidPiece = false
        var afterDecimal: [UInt8]?
        for byte in text.utf8 {
            if var fraction = afterDecimal {
                // A second decimal mark makes three parts.
                if byte == decimal { return .some(nil) }
                fraction.append(byte)
                afterDecimal = fraction
                continue
            }
            if byte == decimal {
                afterDecimal = []
                continue
            }
            if byte == group {
                if pieces == 0 ? !(1...3).contains(piece) : piece != 3 { invalidPiece = true }
                pieces += 1
                piece = 0
                continue
            }
            normalized.append(byte)
            piece += 1
        }
        if pieces > 0 && piece != 3 { invalidPiece = true }
        if invalidPiece { return .some(nil) }
        if let fraction = afterDecimal {
            guard !fraction.isEmpty,
                fraction.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
            else { return .some(nil) }
            normalized.append(dot)
            normalized.append(contentsOf: fraction)
        }
        return .some(Double(String(decoding: normalized, as: UTF8.self)))
    }
}

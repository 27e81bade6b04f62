/// Splits text into word, number and punctuation tokens with UTF-16 offsets.
///
/// Words are runs of letters and digits; a hyphen or apostrophe between two of them, and a period
/// or comma between two digits, stays inside the token (`All-in-Rechner`, `don't`, `14.000`, `1,5`).
/// White space separates tokens and is not returned. Offsets count UTF-16 code units, as
/// ``ParallaxModel/Sentence`` does, so `text.utf16[start..<end]` is the token.
public struct Tokenizer: Sendable {
    public init() {}

    /// The tokens of `text`.
    /// - Parameters:
    ///   - text: any text, e.g. one sentence.
    ///   - baseOffset: added to every offset, e.g. the sentence's start in the article body.
    /// - Complexity: O(*n*) in the length of `text`.
    public func tokens(in text: String, baseOffset: Int = 0) -> [Token] {
        let t = ScalarText(text)
        var tokens: [Token] = []
        tokens.reserveCapacity(t.count / 5)
        let s = t.scalars
        let n = s.count
        var i = 0
        while i < n {
            let c = s[i]
            if ScalarClass.isWhitespace(c) {
                i += 1
                continue
            }
            let start = i
            var kind = Token.Kind.punctuation
            if ScalarClass.isAlphanumeric(c) {
                var allDigits = true
                while i < n {
                    let x = s[i]
                    if ScalarClass.isAlphanumeric(x) {
                        if !ScalarClass.isDigit(x) { allDigits = false }
                        i += 1
                    } else if i + 1 < n, Self.joins(x, before: s[i - 1], after: s[i + 1]) {
                        if x != "." && x != "," { allDigits = false }
                        i += 1
                    } else {
                        break
                    }
                }
                kind = allDigits ? .number : .word
            } else if c == "." {
                while i < n && s[i] == "." { i += 1 }
            } else {
                i += 1
            }
            tokens.append(
                Token(kind: kind, text: t.string(start..<i), start: baseOffset + t.utf16[start], end: baseOffset + t.utf16[i]))
        }
        return tokens
    }

    /// Whether `joiner` keeps the scalars on both sides in one token.
    @inline(__always)
    static func joins(_ joiner: Unicode.Scalar, before: Unicode.Scalar, after: Unicode.Scalar) -> Bool {
        switch joiner {
        case "-", "\u{2010}", "\u{2011}", "'", "\u{2019}", "_":
            return ScalarClass.isAlphanumeric(before) && ScalarClass.isAlphanumeric(after)
        case ".", ",":
            return ScalarClass.isDigit(before) && ScalarClass.isDigit(after)
        default:
            return false
        }
    }
}

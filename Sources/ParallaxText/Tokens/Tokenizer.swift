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
        let t = UTF8Text(text)
        var counter = UTF16Counter()
        var tokens: [Token] = []
        tokens.reserveCapacity(t.count / 6)
        let n = t.count
        var i = 0
        while i < n {
            let c = t.scalar(at: i)
            if ScalarClass.isWhitespace(c) {
                i = t.after(i)
                continue
            }
            let start = i
            var kind = Token.Kind.punctuation
            if ScalarClass.isAlphanumeric(c) {
                var allDigits = ScalarClass.isDigit(c)
                var previous = c
                i = t.after(i)
                while i < n {
                    let x = t.scalar(at: i)
                    if ScalarClass.isAlphanumeric(x) {
                        if !ScalarClass.isDigit(x) { allDigits = false }
                    } else {
                        let next = t.after(i)
                        guard next < n, Self.joins(x, before: previous, after: t.scalar(at: next)) else { break }
                        if x != "." && x != "," { allDigits = false }
                    }
                    previous = x
                    i = t.after(i)
                }
                kind = allDigits ? .number : .word
            } else if c == "." {
                while i < n && t.bytes[i] == UInt8(ascii: ".") { i += 1 }
            } else {
                i = t.after(i)
            }
            let startOffset = counter.offset(ofByte: start, in: t)
            let endOffset = counter.offset(ofByte: i, in: t)
            tokens.append(
                Token(kind: kind, text: t.string(start..<i), start: baseOffset + startOffset, end: baseOffset + endOffset))
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

import ParallaxModel

/// A sentence with its tokens, so that finders can cut spans out of the text it was built from.
struct TokenizedSentence: Sendable {
    var text: String
    /// Offset of `text` in the body (UTF-16 code units).
    var base: Int
    var tokens: [ClaimToken]

    /// Tokenizes `text`, which starts at offset `base` of the body.
    init(text: String, base: Int) {
        self.text = text
        self.base = base
        self.tokens = ClaimTokenizer.tokens(of: text, base: base)
    }

    /// The text from token `first` to the token before `end`, exactly as written.
    func slice(_ first: Int, _ end: Int) -> String {
        guard first < end, end <= tokens.count else { return "" }
        return slice(from: tokens[first].start, to: tokens[end - 1].end)
    }

    /// The text between two body offsets inside this sentence.
    func slice(from start: Int, to end: Int) -> String {
        let units = text.utf16
        let lower = units.index(units.startIndex, offsetBy: max(0, start - base))
        let upper = units.index(units.startIndex, offsetBy: min(units.count, end - base))
        return String(text[lower..<upper])
    }
}

/// One sentence found by ``SentenceSplitter``: its text and where it stands.
public struct SentenceSpan: Sendable, Equatable, Hashable {
    /// The sentence exactly as in the text, white space trimmed from both ends.
    public var text: String
    /// Start offset in UTF-16 code units (plus the splitter's base offset).
    public var start: Int
    /// End offset (exclusive) in UTF-16 code units.
    public var end: Int

    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}

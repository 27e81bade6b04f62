/// A word, number or punctuation mark of a text, with where it stands.
public struct Token: Sendable, Equatable, Hashable {
    /// What a token is.
    public enum Kind: String, Sendable, Equatable, Hashable, CaseIterable {
        /// Letters (and digits), possibly joined by inner hyphens, apostrophes or periods: `All-in-Rechner`, `G20`.
        case word
        /// Digits, possibly with inner group or decimal separators: `14.000`, `1,5`, `23.04.2025`.
        case number
        /// Any other visible character; a run of periods (`...`) is one token.
        case punctuation
    }

    public var kind: Kind
    /// The token exactly as it stands in the text.
    public var text: String
    /// Start offset in UTF-16 code units (plus the base offset the tokenizer was given).
    public var start: Int
    /// End offset (exclusive) in UTF-16 code units.
    public var end: Int

    public init(kind: Kind, text: String, start: Int, end: Int) {
        self.kind = kind
        self.text = text
        self.start = start
        self.end = end
    }
}

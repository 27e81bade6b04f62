/// One token of a sentence: a word, a number or a punctuation mark, with its offsets in the body.
///
/// Tokens are the unit every finder of this target works on; they keep the text as written, a
/// lower-cased copy for lexicon look-ups, and UTF-16 offsets so that claims can point into the body.
package struct Token: Sendable, Equatable {
    /// What a token is made of.
    package enum Kind: Sendable, Equatable {
        /// Letters, possibly with inner hyphens or apostrophes (`Ukraine-Krieg`, `don't`).
        case word
        /// Digits, possibly with inner `.`, `,`, `:`, `/` or a narrow space (`14.000`, `19:00`).
        case number
        /// Any other single character (`€`, `%`, `–`, `.`).
        case punctuation
    }

    package var text: String
    /// `text` lower-cased, for look-ups.
    package var lower: String
    package var kind: Kind
    /// Start offset in the body (UTF-16 code units).
    package var start: Int
    /// End offset (exclusive) in the body (UTF-16 code units).
    package var end: Int
    /// True when whitespace separates this token from the one before it (or it starts the text).
    package var spaceBefore: Bool

    package init(text: String, kind: Kind, start: Int, end: Int, spaceBefore: Bool) {
        self.text = text
        self.lower = text.lowercased()
        self.kind = kind
        self.start = start
        self.end = end
        self.spaceBefore = spaceBefore
    }

    /// True when the first character is an upper-case letter.
    package var isCapitalized: Bool {
        guard kind == .word, let first = text.unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }

    /// True for a word token.
    package var isWord: Bool { kind == .word }

    /// True for a number token made of digits only.
    package var isPlainInteger: Bool {
        kind == .number && text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}

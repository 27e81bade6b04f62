/// One word of an article as the stories stage sees it.
public struct StoryToken: Sendable, Equatable {
    /// The word as written.
    public var text: Substring
    /// True when the first letter is upper-case.
    public var isCapitalized: Bool
    /// True when the word opens a sentence (first word, or after `.`, `!`, `?`, `:` or a line break).
    public var startsSentence: Bool
    /// True when the word consists of digits and separators only.
    public var isNumeric: Bool

    /// Creates a token.
    public init(text: Substring, isCapitalized: Bool, startsSentence: Bool, isNumeric: Bool) {
        self.text = text
        self.isCapitalized = isCapitalized
        self.startsSentence = startsSentence
        self.isNumeric = isNumeric
    }
}

/// Splits text into words and reduces words to stems, for one language.
///
/// The stories stage only needs this small surface, so it can run on its own simple implementation
/// and switch to the text stage's tokenizer and Snowball stemmers without other changes.
public protocol StoryTokenizing: Sendable {
    /// The words of `text` in order.
    func tokens(in text: String) -> [StoryToken]
    /// The stem of a lower-cased word in `language` (ISO 639-1).
    func stem(_ word: String, language: String) -> String
    /// The stem of a lower-cased word of a name, the same in every language: a name is one key
    /// whether a German article declines it ("Lusarias", "Kelsburger") or an English one does not.
    func nameStem(_ word: String) -> String
}

extension StoryTokenizing {
    /// By default a name is its own stem.
    public func nameStem(_ word: String) -> String { word }
}

/// A lower-casing word splitter with a light suffix stripper for German and English.
///
/// Words are runs of letters, digits, apostrophes and inner hyphens/dots/commas between digits.
/// The stemmer strips common inflection endings only; it is deliberately conservative, so that
/// different words rarely share a stem.
public struct SimpleStoryTokenizer: StoryTokenizing {
    /// Creates the tokenizer.
    public init() {}

    /// The words of `text` in order.
    /// - Complexity: O(n) in the characters of `text`.
    public func tokens(in text: String) -> [StoryToken] {
        var result: [StoryToken] = []
        var sentenceStart = true
        var index = text.startIndex
        let end = text.endIndex
        while index < end {
            let character = text[index]
            if Self.isLetter(character) || Self.isNumber(character) {
                var cursor = index
                var numeric = true
                while cursor < end {
                    let current = text[cursor]
                    let currentIsNumber = Self.isNumber(current)
                    if currentIsNumber || Self.isLetter(current) {
                        if !currentIsNumber { numeric = false }
                        cursor = text.index(after: cursor)
                        continue
                    }
                    let next = text.index(after: cursor)
                    guard next < end else { break }
                    let following = text[next]
                    if (current == "." || current == ",") && numeric && Self.isNumber(following) {
                        cursor = next
                        continue
                    }
                    if current == "-" && !numeric && Self.isLetter(following) {
                        cursor = next
                        continue
                    }
                    break
                }
                let word = text[index..<cursor]
                result.append(
                    StoryToken(
                        text: word, isCapitalized: Self.isUppercase(character), startsSentence: sentenceStart,
                        isNumeric: numeric))
                sentenceStart = false
                index = cursor
            } else {
                if character == "." || character == "!" || character == "?" || character == ":"
                    || character.isNewline
                {
                    sentenceStart = true
                }
                index = text.index(after: index)
            }
        }
        return result
    }

    /// `Character.isLetter` with an ASCII fast path (Unicode properties are looked up in tables;
    /// most characters of news text are ASCII).
    @inline(__always)
    static func isLetter(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return character.isLetter }
        return (ascii | 0x20) >= 97 && (ascii | 0x20) <= 122
    }

    /// `Character.isNumber` with an ASCII fast path.
    @inline(__always)
    static func isNumber(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return character.isNumber }
        return ascii >= 48 && ascii <= 57
    }

    /// `Character.isUppercase` with an ASCII fast path.
    @inline(__always)
    static func isUppercase(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return character.isUppercase }
        return ascii >= 65 && ascii <= 90
    }

    /// The stem of a lower-cased word: endings are stripped until none is left, so that a stem
    /// stems to itself ("Millionen" and "Million" meet).
    public func stem(_ word: String, language: String) -> String {
        var current = word
        while true {
            let next = stripEnding(current, language: language)
            if next == current { return current }
            current = next
        }
    }

    /// The stem of a lower-cased word of a name: a possessive "'s" and the inflection endings of
    /// names in languages that decline them (genitive -s, adjectives in -er, weak -en) are stripped
    /// whatever the article's language, so "Hollander" stems alike in German and English text.
    public func nameStem(_ word: String) -> String {
        var current = word
        for possessive in ["'s", "’s"] where current.hasSuffix(possessive) {
            current = String(current.dropLast(possessive.count))
        }
        while true {
            let next = stripEnding(current, endings: Self.nameEndings)
            if next == current { return current }
            current = next
        }
    }

    /// Endings stripped from names in every language.
    private static let nameEndings = ["ern", "en", "er", "es", "e", "n", "s"]

    private static let germanEndings = ["ungen", "ern", "em", "en", "er", "es", "e", "n", "s"]
    private static let englishEndings = ["ies", "ing", "ed", "es", "s", "'s"]

    private func stripEnding(_ word: String, language: String) -> String {
        stripEnding(word, endings: language == "de" ? Self.germanEndings : Self.englishEndings)
    }

    private func stripEnding(_ word: String, endings: [String]) -> String {
        let length = word.count
        guard length > 4 else { return word }
        for ending in endings {
            guard length - ending.count >= 4, word.hasSuffix(ending) else { continue }
            let stem = String(word.dropLast(ending.count))
            switch ending {
            case "ies": return stem + "y"
            case "ungen": return stem + "ung"
            default: return stem
            }
        }
        return word
    }
}

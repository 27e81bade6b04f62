/// Tells which language a text is written in from its stop words and telling letters.
///
/// Every word that is a stop word of a language adds one to that language's score, and letters
/// such as `ß`, `ñ`, `і` or `ъ` add (or, for letters a language lacks, subtract) their weight. The
/// best score wins; confidence compares it with the runner-up. Texts with fewer than
/// ``minimumLetters`` letters, or without any evidence, are ``LanguageGuess/undetermined``.
/// Only the first ``maximumLetters`` letters are read: articles settle long before that.
///
/// Languages come from the lexicons (`Lexicons/<lang>/stopwords.txt`, `letters.txt`); adding a
/// language means adding those files.
public struct LanguageIdentifier: Sendable {
    /// Fewer letters than this and the result is `und`.
    public var minimumLetters: Int
    /// Letters read at most.
    public var maximumLetters: Int

    let profiles: LanguageProfiles

    /// Creates an identifier over the shipped lexicons.
    public init(minimumLetters: Int = 15, maximumLetters: Int = 3_000) {
        self.minimumLetters = minimumLetters
        self.maximumLetters = maximumLetters
        self.profiles = .shared
    }

    /// The languages the identifier knows, as ISO 639-1 codes.
    public var languages: [String] { profiles.languages }

    /// The language of `text`.
    /// - Complexity: O(*n*) in the length of `text`, capped at ``maximumLetters`` letters.
    public func identify(_ text: String) -> LanguageGuess {
        var scores = [Double](repeating: 0, count: profiles.languages.count)
        var letters = 0
        var hash = LanguageProfiles.fnvOffset
        var wordLength = 0
        let stopWords = profiles.stopWords
        let letterWeights = profiles.letterWeights

        func endWord() {
            if wordLength > 0, let hits = stopWords[hash] {
                for language in hits { scores[language] += 1 }
            }
            hash = LanguageProfiles.fnvOffset
            wordLength = 0
        }

        for scalar in text.unicodeScalars {
            if ScalarClass.isLetter(scalar) {
                let lower = ScalarClass.lowercased(scalar)
                hash = LanguageProfiles.mix(hash, lower)
                wordLength += 1
                letters += 1
                if lower.value >= 0x80, let weights = letterWeights[lower.value] {
                    for (language, weight) in weights { scores[language] += weight }
                }
                if letters >= maximumLetters { break }
            } else {
                // Any non-letter ends a word, apostrophes included (French l'homme → l, homme).
                endWord()
            }
        }
        endWord()

        guard letters >= minimumLetters else { return LanguageGuess(code: LanguageGuess.undetermined, confidence: 0) }
        var best = -1
        var second = -1
        for index in scores.indices {
            if best < 0 || scores[index] > scores[best] {
                second = best
                best = index
            } else if second < 0 || scores[index] > scores[second] {
                second = index
            }
        }
        guard best >= 0, scores[best] >= 1 else { return LanguageGuess(code: LanguageGuess.undetermined, confidence: 0) }
        let runnerUp = second >= 0 ? max(0, scores[second]) : 0
        let confidence = (scores[best] - runnerUp) / scores[best]
        return LanguageGuess(code: profiles.languages[best], confidence: min(1, max(0, confidence)))
    }
}

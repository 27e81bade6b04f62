/// Which lexicon file a pattern comes from, and so what its label means.
package enum LexiconList: String, Sendable, CaseIterable {
    /// `opinion-cues.txt`: labels are cue kinds (`evaluation`, `appeal`, …).
    case opinionCues = "opinion-cues.txt"
    /// `attribution-cues.txt`: labels `source`, `speech`, `naming`, `distancing`, `nobody`, `nobody-inverted` (round 16).
    case attributionCues = "attribution-cues.txt"
    /// `loaded-terms.txt`: labels are categories (`glorifying`, …).
    case loadedTerms = "loaded-terms.txt"
    /// `headline-cues.txt`: labels `triumph`, `hyperbole`, `catastrophe`, `clickbait`.
    case headlineCues = "headline-cues.txt"
    /// `neutral-uses.txt`: labels `technical`, `literal`, `name` (a use of a loaded word that is not
    /// loaded: it covers the term), `negation` (a word that negates a term right after it) and `additive`
    /// ("nicht nur": a negation word that does not negate).
    case neutralUses = "neutral-uses.txt"
    /// `contexts.txt`: labels name a topic (`military`); a loaded term tagged `@military` counts only in
    /// an article where a pattern of that topic occurs.
    case contexts = "contexts.txt"
    /// `reported-speech.txt`: bare words that mark indirect speech.
    case reportedSpeech = "reported-speech.txt"
    /// `function-words.txt`: bare words that identify the language.
    case functionWords = "function-words.txt"

    /// Whether the file is a plain word list (each word matched exactly, without endings).
    package var isWordList: Bool {
        self == .reportedSpeech || self == .functionWords
    }
}

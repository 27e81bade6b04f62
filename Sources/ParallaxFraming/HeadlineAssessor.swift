package import ParallaxModel

/// Decides whether a headline is sensational, and says why.
///
/// A headline is sensational when it has one strong cue or two weak ones (in different words).
/// Strong: an exclamation mark; a `triumph`, `hyperbole` or `clickbait` cue from the lexicon
/// ("Triumph", "Schock", "Hammer", "slams", "You won't believe", "Das steckt dahinter"); a word in
/// capitals (at least ``shoutingLetters`` letters, so that acronyms such as "NATO" do not count); or
/// question-bait (a headline that ends in a question mark). Weak: a `catastrophe` word, which may be a
/// plain description of a real disaster ("Katastrophe", "disaster"), and a loaded term in the
/// headline writer's voice.
package struct HeadlineAssessor: Sendable {
    /// Fewest letters of an all-capitals word that counts as shouting.
    package static let shoutingLetters = 5
    /// Lexicon kinds that alone make a headline sensational.
    package static let strongKinds: Set<String> = ["triumph", "hyperbole", "clickbait"]

    /// Creates an assessor.
    package init() {}

    /// Whether the headline is sensational and the reasons (or why not).
    /// - Parameter loaded: the loaded terms found in the headline.
    package func assess(_ evidence: SentenceEvidence, loaded: [Framing.LoadedTerm])
        -> (sensational: Bool, why: String)
    {
        var strong: [String] = []
        var weak: [String] = []
        var weakWords = Set<String>()
        let text = evidence.text
        if text.contains("!") { strong.append("exclamation mark") }
        var seenCues = Set<String>()
        for match in evidence.headlineCues {
            let cue = evidence.cueText(match)
            guard seenCues.insert(cue.lowercased()).inserted else { continue }
            let reason = "\(match.pattern.label) word: \(cue)"
            if Self.strongKinds.contains(match.pattern.label) {
                strong.append(reason)
            } else {
                weak.append(reason)
                weakWords.insert(cue.lowercased())
            }
        }
        for term in loaded where term.usage == "used" {
            weak.append("loaded term: \(term.text) (\(term.category ?? "loaded"))")
            weakWords.insert(term.text.lowercased())
        }
        for index in evidence.words.indices {
            let word = evidence.tokens.written(index)
            if isShouting(word) { strong.append("capitals: \(word)") }
        }
        if text.last(where: { !$0.isWhitespace }) == "?" {
            strong.append("question-bait")
        }
        let reasons = (strong + weak).joined(separator: "; ")
        if !strong.isEmpty || weakWords.count >= 2 { return (true, reasons) }
        if weak.isEmpty { return (false, "no sensational cue") }
        return (false, "only one weak cue: \(reasons)")
    }

    private func isShouting(_ word: String) -> Bool {
        var letters = 0
        for scalar in word.unicodeScalars where scalar.properties.isAlphabetic {
            guard scalar.properties.isUppercase else { return false }
            letters += 1
        }
        return letters >= Self.shoutingLetters
    }
}

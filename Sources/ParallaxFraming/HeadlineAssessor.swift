package import ParallaxModel

/// Decides whether a headline is sensational, and says why.
///
/// Sensational: an exclamation mark; a triumph, catastrophe or clickbait cue from the lexicon
/// ("Triumph", "Schock", "You won't believe"); a loaded term in the headline writer's voice; a word
/// in capitals (at least ``shoutingLetters`` letters, so that acronyms such as "NATO" do not count);
/// or question-bait (a headline that ends in a question mark).
package struct HeadlineAssessor: Sendable {
    /// Fewest letters of an all-capitals word that counts as shouting.
    package static let shoutingLetters = 5

    /// Creates an assessor.
    package init() {}

    /// Whether the headline is sensational and the reasons (or why not).
    /// - Parameter loaded: the loaded terms found in the headline.
    package func assess(_ evidence: SentenceEvidence, loaded: [Framing.LoadedTerm], lexicon: FramingLexicon)
        -> (sensational: Bool, why: String)
    {
        var reasons: [String] = []
        let text = evidence.text
        if text.contains("!") { reasons.append("exclamation mark") }
        var seenCues = Set<String>()
        for match in lexicon.headlineCues.matches(in: evidence.words) {
            let cue = evidence.cueText(match)
            if seenCues.insert(cue.lowercased()).inserted {
                reasons.append("\(match.pattern.label) word: \(cue)")
            }
        }
        for term in loaded where term.usage == "used" {
            reasons.append("loaded term: \(term.text) (\(term.category ?? "loaded"))")
        }
        for word in evidence.words where isShouting(String(text[word.range])) {
            reasons.append("capitals: \(text[word.range])")
        }
        if text.last(where: { !$0.isWhitespace }) == "?" {
            reasons.append("question-bait")
        }
        if reasons.isEmpty { return (false, "no sensational cue") }
        return (true, reasons.joined(separator: "; "))
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

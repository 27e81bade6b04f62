package import ParallaxModel

/// Finds loaded terms in a sentence and decides whose voice they are in.
///
/// A lexicon match becomes a ``Framing/LoadedTerm`` with a usage:
/// - `reported` — inside a quotation of someone's speech: a long quotation, or a short one in a
///   sentence that names who said it (den "Mut" und das "Heldentum", lobt Gerassimow); or, for
///   glorifying, alarmist and euphemistic terms, unquoted in indirect speech (a speech verb,
///   or Konjunktiv I with a source).
/// - `distancing` — scare quotes: a short quotation (at most ``scareQuoteWords`` words) that is not
///   attributed speech, or that a distancing phrase introduces ("what it called 'an operation to …'").
/// - `used` — everything else: the writer's own word. Demonising and belittling labels and propaganda framings stay
///   `used` in indirect speech, because choosing the epithet ("Machthaber", "Befreiung") unquoted is the
///   writer's choice.
package struct LoadedTermDetector: Sendable {
    /// The most words a quotation may have to count as scare quotes rather than speech.
    package static let scareQuoteWords = 4
    /// Categories that an indirect-speech sentence hands to the speaker.
    package static let speakerCategories: Set<String> = ["glorifying", "alarmist", "euphemism"]

    /// Creates a detector.
    package init() {}

    /// The loaded terms of one sentence.
    /// - Parameter sentenceID: the id the terms point to.
    package func terms(in evidence: SentenceEvidence, sentenceID: String)
        -> [Framing.LoadedTerm]
    {
        var result: [Framing.LoadedTerm] = []
        var taken: [Range<Int>] = []
        for match in evidence.loadedTerms {
            let span = evidence.span(match)
            // A longer pattern that already covered these words wins; the lexicon lists phrases first.
            if taken.contains(where: { $0.overlaps(span) }) { continue }
            taken.append(span)
            let category = match.pattern.label
            let (usage, rule) = usage(of: span, category: category, in: evidence)
            let text = evidence.tokens.slice(span)
            result.append(
                Framing.LoadedTerm(
                    text: text, sentence: sentenceID,
                    why: "\(category): \(match.pattern.source) — \(rule)", category: category, usage: usage))
        }
        return result
    }

    /// The usage and the rule that decided it.
    private func usage(of span: Range<Int>, category: String, in evidence: SentenceEvidence)
        -> (String, String)
    {
        if let quoteIndex = evidence.quotes.enclosing(span) {
            let quote = evidence.quotes.ranges[quoteIndex]
            let quoteWords = evidence.words.filter { quote.contains($0.source.lowerBound) }.count
            if quoteWords > Self.scareQuoteWords {
                return ("reported", "inside a quotation")
            }
            if evidence.distances {
                return ("distancing", "quoted with a distancing phrase")
            }
            if evidence.reportsSpeech || evidence.isAttributed {
                return ("reported", "quoted from the source the sentence names")
            }
            return ("distancing", "scare quotes")
        }
        if Self.speakerCategories.contains(category), evidence.reportsSpeech {
            return ("reported", "indirect speech")
        }
        if category == "propaganda" {
            return ("used", "contested framing in the writer's voice")
        }
        return ("used", "writer's voice")
    }
}

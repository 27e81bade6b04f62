import ParallaxModel

/// The shouting register (round 21): an article whose writer exclaims in the own voice at least
/// ``shoutingExclamations`` times ("Drei Menschen starben, mehr als 40 wurden verletzt!", "Diese Helden haben Leben
/// gerettet!") is written in the tabloid register. There a vivid verb of impact ("krachten Tonnen von Schnee auf die
/// Tribüne", "Der Zug raste über eine kaputte Weiche") or a morbid or shabby compound head after a hyphen
/// ("EIS-GRAB", "Böller-Buden") is the writer's colour; in wire and police copy the same verb reports a crash
/// ("Der Lenker raste gegen einen Baum"), and that copy does not exclaim. Loaded terms of context `@shouting` count
/// only in such an article (the analyser adds ``LoadedTermDetector/shoutingRegister`` to its topics).
///
/// The test reads only each sentence's last byte and its quotation spans, already found: no pass per word, and
/// its cost does not grow with the lexicon.
extension FramingAnalyzer {
    /// The fewest exclamations in the writer's voice that make an article shout. One is not enough: a call to a
    /// rally or an advertorial's "Jetzt anrufen!" closes many calm pieces.
    static let shoutingExclamations = 2

    /// Whether the body (headings left out) holds at least ``shoutingExclamations`` sentences that end in an
    /// exclamation mark outside quotation marks.
    static func shouts(
        _ sentences: [Sentence], evidences: [SentenceEvidence], classifier: SentenceRoleClassifier
    ) -> Bool {
        var exclamations = 0
        for (sentence, evidence) in zip(sentences, evidences) where sentence.role != .heading {
            guard classifier.endsWithExclamation(evidence) else { continue }
            exclamations += 1
            if exclamations >= shoutingExclamations { return true }
        }
        return false
    }
}

/// The capitals label of a shouting headline (round 21): the tabloid writes its own name for the event as a hyphenated
/// compound in capital letters at the head of the page ("EIS-GRAB HARZLINGEN!", "TODES-ZUG VON KESSBACH!", "FLUT-HÖLLE").
/// In an article of the shouting register such a compound in the headline is the writer's label whatever its words, so
/// the rule needs no list of them; a listed match over the same word keeps its own category. Acronyms ("ORF-NÖ",
/// "IPS-LCD") fail the shape: every part has at least ``shoutedLabelPartLetters`` letters and a vowel, and the word at
/// least ``shoutedLabelLetters``; a part of the outlet's name ("KNALL-POST") is its masthead, not a label. It runs on
/// the headline of a shouting article only.
extension FramingAnalyzer {
    /// The fewest letters of each part of a capitals label.
    static let shoutedLabelPartLetters = 3
    /// The fewest letters of the whole label.
    static let shoutedLabelLetters = 7
    /// The category of a capitals label no lexicon names: the tabloid's name for a disaster or a scandal.
    static let shoutedLabelCategory = "alarmist"

    /// The capitals labels of a shouting article's headline that no listed term covers.
    static func shoutedLabels(
        in evidence: SentenceEvidence, sentenceID: String, publisher: String?, listed: [Framing.LoadedTerm]
    ) -> [Framing.LoadedTerm] {
        let masthead = publisher?.lowercased() ?? ""
        var result: [Framing.LoadedTerm] = []
        for index in evidence.words.indices {
            let written = evidence.tokens.written(index)
            let parts = written.split(separator: "-")
            guard parts.count >= 2,
                parts.allSatisfy({ part in
                    part.count >= shoutedLabelPartLetters && part.allSatisfy { $0.isLetter && $0.isUppercase }
                        && part.contains { "AEIOUÄÖÜ".contains($0) }
                }),
                parts.reduce(0, { $0 + $1.count }) >= shoutedLabelLetters,
                !parts.contains(where: { masthead.contains($0.lowercased()) })
            else { continue }
            let folded = written.lowercased()
            if listed.contains(where: { $0.text.lowercased().contains(folded) || folded.contains($0.text.lowercased()) }) {
                continue
            }
            result.append(
                Framing.LoadedTerm(
                    text: written, sentence: sentenceID,
                    why: "\(shoutedLabelCategory): \(written) — capitals label in the headline of a shouting article",
                    category: shoutedLabelCategory, usage: "used"))
        }
        return result
    }
}

public import ParallaxModel

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

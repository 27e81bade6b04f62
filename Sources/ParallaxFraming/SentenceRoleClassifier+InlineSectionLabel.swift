/// A genre label set before a colon at the start of a sentence (round 32): `Kommentar: Wer mit Reinheit wirbt, …`,
/// `Meinung: …`, `Opinion: …`, `Our view: …`. It does inline what a heading of the genre does above a section ("Ein
/// Kommentar", ``SentenceRoleClassifier/sectionCue(_:announcesList:)``): the sentence and those after it, up to the next
/// heading, are in the writer's voice. Only a label whose every word is the `section` cue counts — a speaker before a
/// colon (`Der Minister meint: …`, `The union says: …`) names a source, not a genre.
extension SentenceRoleClassifier {
    /// The label's words when the sentence opens with a genre label and a colon, else `nil`.
    package func inlineSectionLabel(_ evidence: SentenceEvidence) -> String? {
        // The cue first (found with the sentence's other cues): almost no sentence opens with one, so the colon is
        // looked for only behind the label's last word.
        guard let label = evidence.opinionCues.first(where: { $0.pattern.label == "section" && $0.wordIndices.first == 0 }),
            let last = label.wordIndices.last, last < Self.sectionLabelWords, label.wordIndices == Array(0...last),
            last + 1 < evidence.words.count, evidence.tokens.separator(after: last).contains(UInt8(ascii: ":"))
        else { return nil }
        return evidence.cueText(label)
    }
}

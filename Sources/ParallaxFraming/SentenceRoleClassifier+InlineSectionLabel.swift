/// A genre label set before a colon at the start of a sentence (round 32): `Kommentar: Wer mit Reinheit wirbt, …`,
/// `Meinung: …`, `Opinion: …`, `Our view: …`. It does inline what a heading of the genre does above a section ("Ein
/// Kommentar", ``SentenceRoleClassifier/sectionCue(_:announcesList:)``): the sentence and those after it, up to the next
/// heading, are in the writer's voice. Only a label whose every word is the `section` cue counts — a speaker before a
/// colon (`Der Minister meint: …`, `The union says: …`) names a source, not a genre.
extension SentenceRoleClassifier {
    /// The label's words when the sentence opens with a genre label and a colon, else `nil`.
    package func inlineSectionLabel(_ evidence: SentenceEvidence) -> String? {
        let words = evidence.words
        guard words.count > 2 else { return nil }
        let bytes = evidence.text.utf8
        let colon = (0..<min(Self.sectionLabelWords, words.count - 1)).first { index in
            let gap = bytes.dropFirst(words[index].source.upperBound).prefix(words[index + 1].source.lowerBound - words[index].source.upperBound)
            return gap.contains(UInt8(ascii: ":"))
        }
        guard let colon else { return nil }
        let label = evidence.opinionCues.first { $0.pattern.label == "section" && $0.wordIndices == Array(0...colon) }
        return label.map { evidence.cueText($0) }
    }
}

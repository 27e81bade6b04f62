extension SentenceEvidence {
    /// The label, in `attribution-cues.txt`, of a pronoun that names no one: "keiner", "niemand",
    /// "nobody", "no one" (round 16). It is no attribution of its own; it only cancels a verb of saying
    /// whose subject it is.
    package static let noSpeakerLabel = "nobody"

    /// The label of such a pronoun in a language that puts the subject after the verb in a main clause that opens
    /// with another part ("Gewarnt hat uns keiner", "Das sagte niemand"): it cancels a verb of saying after it as
    /// well as before it. English writes its subject first, and a `nobody` after the verb is the subject of the
    /// clause of speech ("He said nobody had read it", "complaining that nobody had read it"), so English rows
    /// are `nobody` only.
    package static let invertedNoSpeakerLabel = "nobody-inverted"

    /// The most words between a pronoun that names no one and the verb of saying it is the subject of:
    /// "Keiner hat uns gewarnt", "nobody ever told us" (before the verb), "Gewarnt hat uns keiner"
    /// (after it, in an inverted German clause).
    package static let noSpeakerReach = 2

    /// The attribution cues less those whose speaker is no one, and less the `nobody` cues themselves.
    ///
    /// A verb of saying (or asking, naming, a source verb) whose subject is a pronoun that names no one
    /// ("… – und keiner hat uns gewarnt", "Nobody warned the residents") reports no one's speech: the
    /// sentence is the writer's complaint that nothing was said, and the loaded words around it stay the
    /// writer's. The pronoun stands at most ``noSpeakerReach`` words before the cue's first word (or,
    /// labelled ``invertedNoSpeakerLabel``, after its last word), with nothing but spaces between the
    /// words (after a comma, "…, sagte er, niemand sei verletzt worden" reports speech).
    /// - Parameters:
    ///   - cues: the sentence's attribution cues outside quotations.
    ///   - words: the sentence's words.
    ///   - text: the sentence.
    /// - Complexity: O(c · n) for c cues and n `nobody` cues; nothing happens without a `nobody` cue.
    static func droppingSpeechOfNoOne(
        _ cues: [PhraseMatcher.Match], words: [WordToken], text: String
    ) -> [PhraseMatcher.Match] {
        let labels = [noSpeakerLabel, invertedNoSpeakerLabel]
        let nobody = cues.filter { labels.contains($0.pattern.label) }
        guard !nobody.isEmpty else { return cues }
        let text = Array(text.utf8)
        // Whether only spaces separate the words from `left` to `right` (each from the next).
        func spacesOnly(from left: Int, to right: Int) -> Bool {
            (left..<right).allSatisfy { index in
                text[words[index].source.upperBound..<words[index + 1].source.lowerBound].allSatisfy {
                    $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n")
                }
            }
        }
        func hasNoSpeaker(_ cue: PhraseMatcher.Match) -> Bool {
            guard let first = cue.wordIndices.first, let last = cue.wordIndices.last else { return false }
            return nobody.contains { pronoun in
                guard let start = pronoun.wordIndices.first, let end = pronoun.wordIndices.last else { return false }
                if end < first, first - end <= noSpeakerReach { return spacesOnly(from: end, to: first) }
                if pronoun.pattern.label == invertedNoSpeakerLabel, start > last, start - last <= noSpeakerReach {
                    return spacesOnly(from: last, to: start)
                }
                return false
            }
        }
        return cues.filter { cue in
            !labels.contains(cue.pattern.label) && (cue.pattern.label == "distancing" || !hasNoSpeaker(cue))
        }
    }
}

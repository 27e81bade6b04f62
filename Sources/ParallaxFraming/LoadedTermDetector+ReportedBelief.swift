/// A belief the writer reports and mocks (round 22): "Die Schlafwandler im Ministerium glauben offenbar noch immer,
/// man könne mit dem Gegner verhandeln." Konjunktiv I without a named source makes a sentence indirect speech, and
/// its loaded words are `reported` ("Mit wahnwitzigen Ideen müsse Schluss sein"). But when a verb of belief in the
/// indicative ("glauben", "meinen", "hoffen", "wähnen"; on-demand kind `belief`) stands in the main clause and the
/// Konjunktiv opens only after the comma, the main clause is the writer's account of someone's belief: a loaded word
/// there, before that comma, is the writer's name for the believers, not a word of the belief. German only; the
/// check runs only for a loaded word in a sentence with a marker of indirect speech and no verb of saying.
extension LoadedTermDetector {
    /// Whether the loaded word `match` stands in a main clause with a verb of belief, before the comma after which
    /// the first marker of indirect speech opens the believed clause.
    func standsBeforeReportedBelief(_ match: PhraseMatcher.Match, in evidence: SentenceEvidence) -> Bool {
        guard let last = match.wordIndices.last, let marker = evidence.firstReportedSpeechMarker, last < marker
        else { return false }
        let bytes = Array(evidence.text.utf8)
        let termEnd = evidence.words[last].source.upperBound
        let markerStart = evidence.words[marker].source.lowerBound
        guard termEnd < markerStart,
            let comma = bytes[termEnd..<markerStart].firstIndex(of: UInt8(ascii: ","))
        else { return false }
        return evidence.onDemandCues("belief").contains { cue in
            guard let word = cue.wordIndices.last else { return false }
            return evidence.words[word].source.upperBound <= comma
        }
    }
}

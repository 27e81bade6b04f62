/// Where the label slot of a verb of naming ends (round 22). A naming cue ("nennt", "nannte", "calls",
/// "sprach von") makes the words up to ``SentenceEvidence/namingReach`` after it the label a source gives
/// ("sprach von einem Kahlschlag": `reported`). Two shapes of German and English show that a loaded word within
/// that reach is not the source's label but the writer's:
/// - **The slot holds a quoted label after the word.** "Den Streik nennt der Sparminister „verantwortungslos“",
///   "The minister calls the cuts' victims 'scroungers'": the quotation is what the source said; the unquoted
///   word before it is the writer's name for the speaker (German puts the subject after the verb) or for what is
///   named.
/// - **A dash closes the slot after a quoted label.** "Den Streik nennt er „verantwortungslos“ – verantwortungslos
///   ist, wer 3.400 Stellen unbesetzt lässt": after the dash the writer retorts in the own voice.
/// Both need a quotation in the slot, so a bare naming ("sprach von einem Kahlschlag", "called it a bloodbath")
/// keeps its label `reported`; the check runs only for a loaded word a naming cue reaches.
extension LoadedTermDetector {
    /// The most words that may stand between a loaded word and the quoted label after it ("nennt der Minister
    /// „…“", "nennt der Minister den Streik „…“").
    package static let quotedLabelReach = 2

    /// Why the loaded word `match`, which a naming cue reaches, is the writer's own and not the label the source
    /// gives, or `nil` when it is the label.
    func writersWordBesideNamedLabel(_ match: PhraseMatcher.Match, in evidence: SentenceEvidence) -> String? {
        guard let first = match.wordIndices.first, let last = match.wordIndices.last, !evidence.quotes.ranges.isEmpty
        else { return nil }
        let cues = evidence.attributionCues.filter { cue in
            guard cue.pattern.label == "naming", let cueLast = cue.wordIndices.last else { return false }
            return cueLast < first && first - cueLast <= SentenceEvidence.namingReach
        }
        // A label bracketed by a cue in two parts ("als Farce bezeichnete") is the label whatever follows.
        guard !cues.isEmpty,
            !evidence.attributionCues.contains(where: { cue in
                guard cue.pattern.label == "naming", let cueFirst = cue.wordIndices.first,
                    let cueLast = cue.wordIndices.last
                else { return false }
                return cueFirst < first && first < cueLast
            })
        else { return nil }
        for (index, quote) in evidence.quotes.ranges.enumerated() {
            let quoted = evidence.words.indices.filter { quote.contains(evidence.words[$0].source.lowerBound) }
            guard let firstQuoted = quoted.first, let lastQuoted = quoted.last, quoted.count <= Self.scareQuoteWords,
                !evidence.quotes.endsInPunctuation[index]
            else { continue }
            let cueBefore = cues.contains { ($0.wordIndices.last ?? first) < firstQuoted }
            if cueBefore, firstQuoted > last, firstQuoted - last <= Self.quotedLabelReach + 1 {
                return "the writer's word beside the label the source is quoted with"
            }
            if cueBefore, lastQuoted < first,
                dashStands(between: quote.upperBound, and: evidence.words[first].source.lowerBound, in: evidence)
            {
                return "the writer's retort after a dash that closes the quoted label"
            }
        }
        return nil
    }

    /// Whether an en or em dash (U+2013, U+2014) stands between two UTF-8 offsets of the sentence.
    private func dashStands(between start: Int, and end: Int, in evidence: SentenceEvidence) -> Bool {
        guard start < end else { return false }
        let bytes = Array(evidence.text.utf8.dropFirst(start).prefix(end - start))
        return bytes.indices.contains { index in
            bytes[index] == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94)
        }
    }
}

/// The generalising free relative of commentary (round 32): a sentence whose subject is a clause about anyone at all
/// ("Doch wer …, sollte …", "Wer …, hat kein Mitleid verdient", "Whoever approved this should resign") passes a verdict
/// on whoever does what the clause says — the moralising generality of issue 7. Its parts are closed classes of the
/// grammar, given per language as cues of kind `freerelative` (the pronoun that opens the clause at the sentence's
/// start, after at most a coordinating conjunction: "^ wer", "^ doch wer", "^ whoever"), matched with every sentence,
/// and two on-demand kinds asked only when such a clause opens the sentence: `verdict`, a modal that recommends and
/// opens the main clause after a comma ("sollte", "should"), and `desert`, a verb of deserving anywhere after that comma
/// ("hat kein Mitleid verdient"). Without a comma after the pronoun, as English writes a short subject clause, either
/// kind counts from the clause's third word on. Modals of obligation ("muss", "must") and the resuming "der"/"dem" are
/// left out: in real text the same frame states rules of fact ("Wer mehr einnimmt, muss eine Steuererklärung machen"),
/// and a clause that asks an open question ("Wer den Brand gelegt hat, ist noch unklar") stays reporting.
extension SentenceRoleClassifier {
    /// The words "<pronoun> … <verdict>" when the sentence opens with a generalising free relative whose main clause
    /// passes a verdict, and the index of the main clause's first word; else `nil`. A verb of saying inside the
    /// subject clause ("Wer Steine wirft, …", "Whoever says otherwise …") is what anyone does, not an attribution: only
    /// one from the main clause on makes the sentence reported speech.
    package func generalisingRelative(_ evidence: SentenceEvidence) -> (cue: String, mainClause: Int)? {
        guard let opening = evidence.opinionCues.first(where: { $0.pattern.label == "freerelative" }),
            let pronoun = opening.wordIndices.last
        else { return nil }
        // The words that open a clause after a comma, from the pronoun on.
        let segmentStarts = (pronoun..<(evidence.words.count - 1)).filter { index in
            evidence.tokens.separator(after: index).contains(UInt8(ascii: ","))
        }.map { $0 + 1 }
        // Without a comma (English sets none after a short subject clause: "Whoever approved this should resign"),
        // the main clause starts after the clause's own first two words.
        let mainClause = segmentStarts.first ?? pronoun + 3
        let cues = evidence.onDemandCues("verdict") + evidence.onDemandCues("desert")
        let verdict = cues.first { cue in
            guard let first = cue.wordIndices.first else { return false }
            if cue.pattern.label == "desert" || segmentStarts.isEmpty { return first >= mainClause }
            return segmentStarts.contains(first)
        }
        guard let verdict else { return nil }
        return ("\(evidence.tokens.written(pronoun)) … \(evidence.cueText(verdict))", mainClause)
    }
}

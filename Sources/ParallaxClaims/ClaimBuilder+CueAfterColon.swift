/// A prepositional cue (`laut`, `nach Angaben`, `according to`) that opens the part of a sentence after a colon speaks for that
/// part (round 18).
extension ClaimBuilder {
    /// True when a figure stands before the colon after which the sentence's prepositional cue opens its clause (`Die 138
    /// Abgeordneten verteilen sich auf alle vier Parteien: Nach Angaben der Nachrichtenagentur gehören 27 zur AKP`): the
    /// writer's lead-in, not the cited party's figures.
    ///
    /// A colon opens an elaboration of what came before it; a preposition of attribution that opens the elaboration names the
    /// source of the elaboration. The cue's own part must hold a figure, so the cue speaks for something. A cue that opens a
    /// sentence without a colon before it still speaks for the whole sentence (`Laut Polizei wurden 12 Menschen verletzt, drei
    /// davon schwer`, round 11), and a figure after a semicolon past the cue's clause keeps the cue: the invented writers carry
    /// it there (dev2, dev5, dev6, dev9 fell when it did not; round 18).
    /// - Parameters:
    ///   - cueStart: the cue's first word.
    ///   - clause: the tokens between the semicolons around the cue.
    /// - Complexity: O(sentence length), once per figure of a sentence whose source a prepositional cue names.
    func cueOpensPartAfterColon(_ analysis: SentenceAnalysis, cueStart: Int, clause: Range<Int>, number: Int) -> Bool {
        let tokens = analysis.tokenized.tokens
        // The colon that opens the cue's clause: the cue opens the part after it, past determiners at most.
        guard let colon = tokens[clause.lowerBound..<cueStart].lastIndex(where: { $0.text == ":" }), number < colon,
            !tokens[(colon + 1)..<cueStart].contains(where: { $0.kind != .word || !pack.sourceSkips.contains($0) })
        else { return false }
        return analysis.quantities.contains { $0.number > cueStart && clause.contains($0.number) }
    }
}

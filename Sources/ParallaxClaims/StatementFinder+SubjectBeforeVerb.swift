/// The subject of an active verb opens its clause (round 32): where the first party a sentence names stands inside the
/// predicate's clause after its opening — after the verb (`Korvatec switched off the X-ray scanner`, `the port authority
/// had switched off the scanner at Terminal 3`) or inside the German verbal bracket (`Korvatec hat Jens Moll entlassen`)
/// — that party is the act's object or a place, and the phrase that opens the clause is its subject.
extension StatementFinder {
    /// The party that opens the clause of an active predicate at `index`, when the sentence's first actor stands in that
    /// clause after its opening: a party ``clauseSubject(ofPredicateAt:in:allowBareName:isDenial:)`` reads there, else the
    /// story's body a kind noun there stands for (``kindSubject(ofPredicateAt:in:)``), else a body named by
    /// its kind (`the port authority`, `die Hafenbehörde`) that opens the clause after its determiners and stands right
    /// before the verb or its auxiliaries. Nil for a passive verb (its doer follows it: `von Kondora gestoppt`), and
    /// when the first actor opens the clause or stands before it without being the sentence's speaker (`According to the
    /// union Hafenbund, the port authority had switched off …`: the speaker names no act of its own).
    /// - Complexity: O(clause length + entities), once per assertion whose first actor follows its predicate.
    func subjectBeforeVerb(
        _ predicate: Predicate, firstActor: EntityMention?, in analysis: SentenceAnalysis
    ) -> String? {
        let tokens = analysis.tokenized.tokens
        guard let firstActor,
            !pack.passiveVoice.isPassive(tokens, at: predicate.index, length: predicate.length)
        else { return nil }
        let start = clauseStart(before: predicate.index, tokens, atCoordinators: false)
        var opening = start
        // A verb of saying that opens the clause (`…, says the port authority switched off …`) is the speaker's.
        if let cue = analysis.attribution.cueRange, cue.contains(opening) { opening = min(cue.upperBound, predicate.index) }
        while opening < predicate.index, clauseWords.complementizers.contains(tokens[opening].lower) { opening += 1 }
        // The first actor opens the clause itself, or stands before it (and is not the sentence's speaker): it is read
        // as before.
        let isSpeaker = firstActor.first < start
            && (analysis.attribution.sourceRange?.contains(firstActor.first) == true || analysis.attribution.cueRange.map { $0.upperBound <= start } == true)
        guard firstActor.first > opening || isSpeaker else { return nil }
        if let named = clauseSubject(ofPredicateAt: predicate.index, in: analysis, allowBareName: true) { return named }
        if let kind = kindSubject(ofPredicateAt: predicate.index, in: analysis) { return kind }
        while opening < predicate.index, pack.determiners.contains(tokens[opening]) { opening += 1 }
        let body = analysis.entities.first { entity in
            entity.kind == "generic" && !entity.isAdjective && entity.first == opening && entity.end <= predicate.index
                && tokens[entity.end..<predicate.index].allSatisfy { clauseWords.auxiliaries.contains($0.lower) }
        }
        return body?.name
    }
}

extension StatementFinder {
    /// The body a kind noun that opens the predicate's clause stands for (`Der Verein hat Lind suspendiert`, `The club
    /// suspended him`: the story's club, ``kindDenier(beforeVerbAt:in:)``), read before the predicate itself or before the
    /// finite auxiliary that opens the German verbal bracket (round 32). Asked only of an act whose sentence names no
    /// subject otherwise.
    /// - Complexity: O(clause length + entities), once per such act.
    func kindSubject(ofPredicateAt index: Int, in analysis: SentenceAnalysis) -> String? {
        let tokens = analysis.tokenized.tokens
        if let body = kindDenier(beforeVerbAt: index, in: analysis) { return body }
        let start = clauseStart(before: index, tokens, atCoordinators: false)
        guard let auxiliary = tokens[start..<index].firstIndex(where: { clauseWords.auxiliaries.contains($0.lower) }) else { return nil }
        return kindDenier(beforeVerbAt: auxiliary, in: analysis)
    }
}

import ParallaxModel

/// Figures whose counted noun is left out because a parallel phrase of the same sentence names it (round 16).
///
/// Coordination lets a writer drop the noun of a second conjunct: `Im Klinikum liegen 14 Patienten, im Kreiskrankenhaus
/// Kessdorf neun`, `114 Anfragen …, von der ÖVP 50`, `17 Stimmen fehlen: 15 von Syriza, zwei von Anel`, `um 0,2 Prozent, im
/// Kreditwesen um 0,8 und im Wohnungswesen um 0,4 Prozent`. The figure left alone closes its conjunct, and a separator
/// (comma, semicolon, colon, `und`/`and`) stands between it and the figure whose noun it shares. A verb that happens only to
/// people takes a figure alone as its object (`killing eleven`, `killing at least four`, `, wobei zwei getötet wurden`).
extension QuantityFinder {
    /// True when the bare figure `start..<end` closes a conjunct that follows a figure with a unit in the same sentence:
    /// a separator stands between the two, no verb-like gap is needed, and the figure ends its conjunct — a comma,
    /// semicolon or full stop next, the sentence's end, `und`/`and` before another conjunct's preposition, or a
    /// preposition of place or origin before a name or determiner (`15 von Syriza`, `neun zur ultrarechten MHP`).
    /// - Parameters:
    ///   - earlier: the end index of the nearest earlier figure of the sentence with a unit, if any.
    /// - Complexity: O(n) in the tokens between the two figures.
    func closesGappedConjunct(_ tokens: [ClaimToken], start: Int, end: Int, earlierEnd: Int?) -> Bool {
        guard let earlierEnd, earlierEnd <= start else { return false }
        // A figure in brackets is an age, a minute of a match or a share beside a name, no conjunct.
        if start > 0, tokens[start - 1].text == "(" { return false }
        guard let separator = (earlierEnd..<start).last(where: { index in
            [",", ";", ":"].contains(tokens[index].text) || pack.numberConnectors.contains(tokens[index].lower)
        }), !tokens[earlierEnd..<start].contains(where: { $0.kind == .number }) else { return false }
        // A gapped conjunct is short — the figure and a phrase of place or owner, its verb left out (`im Kreiskrankenhaus
        // Kessdorf neun`, `am Sonntag 4.044`); a longer one has a verb of its own (`Nach Angaben … gehören 27 zur AKP`).
        guard start - separator - 1 <= Self.gappedConjunctWords else { return false }
        // Its verb is left out: every lower-case word of it before the figure is a preposition, a determiner, a connector or
        // (where nouns are capitalised) an adjective (`die Verhandlung beginnt in Saal 214` has a verb: `Saal 214` names a room).
        for index in (separator + 1)..<start where tokens[index].kind == .word && !tokens[index].isCapitalized {
            let token = tokens[index]
            guard pack.gapPrepositions.contains(token) || pack.sourceSkips.contains(token) || pack.numberConnectors.contains(token.lower)
                || pack.capitalizesNouns && pack.hasInflectedAdjectiveEnding(token.lower)
            else { return false }
        }
        return endsConjunct(tokens, at: end)
    }

    /// True when the conjunct of a figure ends at `index` (see ``closesGappedConjunct(_:start:end:earlierEnd:)``).
    private func endsConjunct(_ tokens: [ClaimToken], at index: Int) -> Bool {
        guard index < tokens.count else { return true }
        let token = tokens[index]
        if [",", ".", ";", "!", "?"].contains(token.text) { return true }
        guard index + 1 < tokens.count, token.kind == .word else { return false }
        let next = tokens[index + 1]
        // `um 0,8 und im Grundstücks- und Wohnungswesen`: a connector before another conjunct's preposition.
        if pack.numberConnectors.contains(token.lower) {
            return next.kind == .word && pack.gapPrepositions.contains(next)
        }
        // `15 von Syriza`, `zwei von Anel, der …`, `50 zur pro-kurdischen HDP`: a preposition before a name or a determiner.
        guard pack.gapPrepositions.contains(token), next.kind == .word else { return false }
        guard pack.capitalizesNouns else { return next.isCapitalized || pack.sourceSkips.contains(next) }
        // Where every noun is capitalised, the phrase must close the conjunct: determiners and adjectives, capitalised words,
        // then a separator (`von Anel,`, `zur ultrarechten MHP (40 Sitze)`, `von der ÖVP.`), so that `15 von Hunderten
        // Verletzten` or `zwei von den Ärzten behandelte` are no conjuncts.
        var scan = index + 1
        while scan < tokens.count, tokens[scan].kind == .word, !tokens[scan].isCapitalized,
            pack.sourceSkips.contains(tokens[scan]) || pack.hasInflectedAdjectiveEnding(tokens[scan].lower)
        {
            scan += 1
        }
        var capitals = 0
        while scan < tokens.count, tokens[scan].kind == .word, tokens[scan].isCapitalized, capitals < 3 {
            capitals += 1
            scan += 1
        }
        return capitals > 0 && (scan >= tokens.count || [",", ".", ";", "(", ":"].contains(tokens[scan].text))
    }

    /// True when a figure written alone is the object of a verb that happens only to people (`killing eleven`, `killing at
    /// least four`) or the subject of such a verb in a clause a subordinating word opens (`, wobei zwei getötet wurden`):
    /// it counts persons, though no noun follows.
    /// - Complexity: O(1): at most four tokens before and three after the figure are read.
    func isPeopleVerbCount(_ tokens: [ClaimToken], start: Int, end: Int) -> Bool {
        // The object: a verb of people right before the figure (its qualifier already part of `start`), and the figure ends
        // its clause.
        if start > 0, endsConjunct(tokens, at: end) {
            for verbStart in max(0, start - 3)..<start {
                if let measure = pack.measures.match(tokens, at: verbStart), verbStart + measure.length == start,
                    !measure.value.isNoun, Self.peopleVerbLabels.contains(measure.value.label)
                {
                    return true
                }
            }
        }
        // The subject, after a word that opens a subordinate clause (`wobei`, `while`), with the verb within three words.
        guard start > 0, pack.clauseOpeners.contains(tokens[start - 1]), !pack.numberConnectors.contains(tokens[start - 1].lower)
        else { return false }
        for scan in end..<min(tokens.count, end + 3) where tokens[scan].kind == .word {
            if let measure = pack.measures.match(tokens, at: scan), !measure.value.isNoun,
                Self.peopleVerbLabels.contains(measure.value.label)
            {
                return true
            }
        }
        return false
    }

    /// True when a unit is one a parallel figure may share: a counted noun, a share or a currency, not a length or a span
    /// (`23 Kumpel in 840 Metern Tiefe eingeschlossen, zwölf …` counts miners).
    func isCountOrShare(_ unit: String?) -> Bool {
        guard let unit else { return false }
        return !MeasureFinder.measurementUnits.contains(unit) && Self.durationParts[unit] == nil && unit != "second"
    }

    /// True when an earlier figure of the sentence may lend its noun to a conjunct after it: a figure with a counted noun,
    /// share or currency and a value, or a conjunct itself (`17 Stimmen fehlen: 15 von Syriza, …, zwei von Anel`), not an
    /// aside in brackets (`27 zur AKP (317 Sitze), 51 zur CHP`).
    func isParallelReferent(_ mention: QuantityMention, in tokens: [ClaimToken]) -> Bool {
        if mention.first > 0, tokens[mention.first - 1].text == "(" { return false }
        return mention.gapped || isCountOrShare(mention.quantity.unit) && mention.quantity.value != nil
    }

    /// The most words between a conjunct's separator and its figure (`im Kredit- und Versicherungswesen um 0,8`).
    static let gappedConjunctWords = 5

    /// The measures of verbs that happen only to people, whose bare object or subject counts persons.
    static let peopleVerbLabels: Set<String> = [
        "killed", "wounded", "killed or wounded", "missing", "evacuated", "displaced", "rescued", "arrested", "captured",
    ]
}

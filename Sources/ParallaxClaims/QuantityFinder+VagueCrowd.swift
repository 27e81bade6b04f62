extension QuantityFinder {
    /// True when a vague amount that may name a crowd (`Tausende`, `thousands`, `Zehntausende`, `dozens`) stands alone as
    /// a noun between `start` and `end`: nothing it counts follows it, so it counts people (round 25, quantity25).
    ///
    /// German and English both use the plural nouns of number alone for people (`Tausende demonstrieren`, `Tausende bei der
    /// Mahnwache`, `Thousands protest`, `an outbreak sickens hundreds`); things and money are named (`Tausende Euro`,
    /// `thousands of documents`). So the amount stands alone when the text ends after it, a mark follows it, or a word that
    /// begins no noun phrase: in German a lower-case word that is not an adjective before a capitalised noun (`Tausende
    /// neue Dokumente` counts documents), in English a lower-case word other than a preposition of a part (`part-prepositions.txt`: `thousands of files`, `Tausende von Dokumenten`); never a conjunction or range word, which joins it to another amount whose noun it shares (`Tausende bis Millionen Atome`). Not after a
    /// determiner (`in die Tausende gehen`, `in the thousands`: a size, not a crowd) nor after a preposition of a target
    /// (`stieg auf Hunderte`, `rose to hundreds`).
    /// - Complexity: O(1); called only for a vague amount with no counted noun.
    func isCrowdAlone(_ tokens: [ClaimToken], start: Int, end: Int) -> Bool {
        if start > 0, pack.determiners.contains(tokens[start - 1]) || pack.targetPrepositions.contains(tokens[start - 1]) {
            return false
        }
        guard end < tokens.count else { return true }
        let next = tokens[end]
        guard next.kind == .word else { return next.kind == .punctuation }
        if next.isCapitalized || pack.partPrepositions.contains(next) { return false }
        // `Tausende bis Millionen Atome`, `Dutzende oder gar Hunderte Vögel`: joined to another amount, it shares its noun.
        if pack.listJoiners.contains(next) || pack.rangeInfixes.match(tokens, at: end) != nil { return false }
        // `Abertausende kleiner und kleinster Entscheidungen`: adjectives before a noun, joined or not.
        if pack.capitalizesNouns, pack.hasInflectedAdjectiveEnding(next.lower), end + 1 < tokens.count,
            tokens[end + 1].kind == .word, tokens[end + 1].isCapitalized || pack.listJoiners.contains(tokens[end + 1])
        {
            return false
        }
        return true
    }
}

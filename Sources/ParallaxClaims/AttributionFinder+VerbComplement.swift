/// A verb of reckoning whose prepositional object comes later in its clause (round 19): `Der Wetterdienst rechnet für Sonntag
/// mit bis zu 40 Litern`, `In China rechnet der VW-Rivale nur noch mit einem Wachstum von drei Prozent`.
extension AttributionFinder {
    /// True when the clause after the verb cue at `index` holds a preposition the verb governs (`complement` rows of
    /// `cue-particles.txt`: `rechnet | mit`).
    ///
    /// `rechnen` is a cue in two shapes: separable `rechnet … vor` (reckons out, the particle closing the clause) and `rechnet
    /// mit` (expects a figure). The adjacent `rechnet mit` was listed; but German puts adverbials and the inverted subject between
    /// the verb and its prepositional object (`rechnet für Sonntag mit`, `rechnet der Verband sogar mit`), so the verb alone
    /// failed the particle test and the forecast had no source. The preposition must stand in the verb's own clause (up to clause
    /// punctuation or a clause opener) — `rechnet … vor, mit …` does not count.
    /// - Complexity: O(clause length), once per single-word verb cue that has `complement` rows.
    func holdsComplement(_ tokens: [ClaimToken], after index: Int) -> Bool {
        guard let complements = pack.cueComplements[tokens[index].lower] else { return false }
        var cursor = index + 1
        while cursor < tokens.count, !Self.closesClause(tokens[cursor]) || (tokens[cursor].text == "." && cursor + 1 < tokens.count),
            !pack.clauseOpeners.contains(tokens[cursor])
        {
            if complements.contains(tokens[cursor].lower) { return true }
            cursor += 1
        }
        return false
    }
}

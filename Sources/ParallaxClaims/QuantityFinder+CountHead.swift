/// The count of a group named before its figure (round 14): `Die Zahl der Kinder und Jugendlichen, die seither … teilgenommen
/// haben, liegt bereits bei 76.500`, `Die Zahl der schriftlichen Anfragen hat mit 3.850 absolutes Rekordniveau erreicht`
/// (`real3`), `Die Zahl der Menschen, die … erkrankt sind, ist bis Freitag auf 312 gestiegen` (dev6), `die Zahl der
/// gestrichenen Fahrten bis Donnerstag auf 1.840` (dev2). Three writers give a count this way; before, a relative clause
/// or a preposition other than `auf` left the figure without its noun or dropped it.
extension QuantityFinder {
    /// The group a bare figure at `start` counts: a count noun earlier in the sentence (`count-heads.txt`: `Zahl`,
    /// `number`), its link (`der`, `of`, a determiner after it), adjectives and the group's noun; the figure follows a
    /// preposition of level (`auf`, `bei`, `mit`, `to`, `at`; a qualifier may stand between) and no figure stands between
    /// the two. The noun's unit and implied measure, nil unit when no lexicon knows the noun.
    /// - Complexity: O(1): at most 30 tokens back, once per bare figure after a preposition of level.
    func countHead(_ tokens: [ClaimToken], figureStart start: Int, number index: Int) -> (unit: String?, measure: String?)? {
        // The preposition stands right before the figure and its qualifier (`bei einer Zählung zwei weitere Insassen` is no
        // level of `die Zahl der Entflohenen`).
        guard start > 0, pack.countHeadLevels.contains(tokens[start - 1]) else { return nil }
        var scan = start - 1
        while scan >= 0, start - scan <= 30 {
            if tokens[scan].kind == .number || [".", ";", ":", "!", "?"].contains(tokens[scan].text) { return nil }
            if tokens[scan].kind == .word, pack.countHeads.contains(tokens[scan]), scan + 2 < start,
                pack.countHeadLinks.contains(tokens[scan + 1])
            {
                var noun = scan + 2
                if pack.sourceSkips.contains(tokens[noun]) || pack.determiners.contains(tokens[noun]) { noun += 1 }
                // Adjectives before the noun (`der schriftlichen Anfragen`, `of cancelled trains`).
                while noun < start - 1, tokens[noun].kind == .word,
                    pack.capitalizesNouns ? !tokens[noun].isCapitalized : pack.units.match(tokens, at: noun) == nil
                        && pack.countedUnit(for: tokens[noun].lower) == nil && !tokens[noun].lower.hasSuffix("s")
                {
                    noun += 1
                }
                guard noun < start, tokens[noun].kind == .word, !pack.capitalizesNouns || tokens[noun].isCapitalized else {
                    return nil
                }
                let counted = countedNoun(tokens, from: noun)
                if let unit = counted.0, unit == "percent" || pack.currencyCodes.contains(unit) { return nil }
                return (counted.0, counted.1)
            }
            scan -= 1
        }
        return nil
    }
}

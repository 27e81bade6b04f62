/// Parts of a group named after them (round 14): `Sieben der zehn Wagen`, `Seven of its ten carriages` (dev10), `four of its
/// seven Harland lines` (dev9), `12 of the province's 40 districts`, `all six of its hospitals` (dev7), `zwei der drei
/// angenähten Finger` (`real`). The part counts what the group counts, even when no lexicon knows the noun; before, a part in
/// words or a group with a possessive or a spelled whole was no figure (`unitOfWhole` reads a whole in digits,
/// `unitOfGroup` a known noun right after the determiner).
extension QuantityFinder {
    /// A group a figure ending at `index` is a part of: the part preposition (`der`, `of`), a determiner, possessive
    /// (`its`, `the province's`) or none, the group's own number or none, then the noun — with adjectives before it when
    /// the group has a number or a possessive (`der drei angenähten Finger`, `of the country's underground mines`). The
    /// noun's unit (nil when no lexicon knows it), the index after it, and the index of the group's number.
    /// - Complexity: O(1): at most eight tokens are read, once per figure before a part preposition.
    func partitive(_ tokens: [ClaimToken], after index: Int) -> (unit: String?, end: Int, whole: Int?)? {
        guard index + 1 < tokens.count, pack.partPrepositions.contains(tokens[index]) else { return nil }
        var scan = index + 1
        var possessive = false
        // `der`, `of the`, `of its`, `of the province's`.
        if pack.sourceSkips.contains(tokens[scan]) { scan += 1 }
        if scan < tokens.count, tokens[scan].kind == .word, Self.isPossessive(tokens[scan].lower) {
            possessive = true
            scan += 1
        } else if scan > index + 1, ["its", "their", "his", "her", "our"].contains(tokens[scan - 1].lower) {
            possessive = true
        }
        // `der` is itself the determiner of a genitive group (`Sieben der zehn Wagen`); `von` needs one (`von den`).
        let determined = scan > index + 1 || pack.determiners.contains(tokens[index])
        var whole: Int?
        // A year there dates the group's noun (`7.850 der 2015 eingeleiteten Prüfverfahren`): no whole.
        if scan < tokens.count, let number = read(tokens, at: scan), !number.vague, number.unit == nil,
            !Self.mayBeYear(number, at: scan, in: tokens)
        {
            whole = scan
            scan = number.end
        }
        // Without a number or a possessive the group is `unitOfGroup`'s (`zwei der Verletzten`): a known noun right after the
        // determiner. An unknown one was tried (`mindestens zwei der Risikofaktoren`, not counted in `real2`) and left out.
        guard determined, whole != nil || possessive else { return nil }
        // Adjectives, then the noun: capitalised where nouns are, else the last word before a verb or the clause's end.
        var noun = scan
        while noun < tokens.count, noun - scan <= 2, tokens[noun].kind == .word {
            if pack.capitalizesNouns {
                if tokens[noun].isCapitalized { break }
                guard pack.hasInflectedAdjectiveEnding(tokens[noun].lower) || Self.isParticiple(tokens[noun].lower) else {
                    return nil
                }
            } else if pack.units.match(tokens, at: noun) != nil || pack.countedUnit(for: tokens[noun].lower) != nil
                || tokens[noun].lower.hasSuffix("s") || noun + 1 >= tokens.count || tokens[noun + 1].kind != .word
            {
                // A known noun or a plural (`its seven Harland lines`, `the country's underground mines`).
                break
            }
            noun += 1
        }
        guard noun < tokens.count, tokens[noun].kind == .word, !pack.capitalizesNouns || tokens[noun].isCapitalized else {
            return nil
        }
        let counted = countedNoun(tokens, from: noun)
        // A share of a measure is no part of a group (`zwei der drei Prozent`).
        if let unit = counted.0, unit == "percent" || pack.currencyCodes.contains(unit) { return nil }
        return (counted.0, max(noun + 1, counted.3), whole)
    }

    /// A possessive noun (`province's`, `country’s`).
    private static func isPossessive(_ word: String) -> Bool {
        word.count > 3 && (word.hasSuffix("'s") || word.hasSuffix("’s"))
    }
}

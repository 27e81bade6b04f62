import ParallaxModel

/// A counted noun that modifies the plural after it (round 22).
///
/// Where compounds are written apart (English), the first noun of a compound stays in the singular and the last one is the
/// head: `2,150 state schools` counts schools, `40 city buses` buses, `12 party offices` offices. A figure above one
/// counts a plural, so a singular counted noun right after it, followed by a plural, is no head but a modifier; its
/// unit is the head's, and a head no lexicon knows has none (the earlier rule of round 13 covers heads the lexicon knows:
/// `Three bank employees` are workers).
extension QuantityFinder {
    /// True when the counted noun at `index` is the singular modifier of a written-apart compound whose head, the next word,
    /// is a plural no lexicon counts (`state schools`): a lower-case plural word that is no verb or function word.
    /// - Complexity: O(1): two tokens are read.
    func isCompoundModifier(_ tokens: [ClaimToken], at index: Int) -> Bool {
        guard !pack.capitalizesNouns, index + 1 < tokens.count else { return false }
        let modifier = tokens[index]
        let head = tokens[index + 1]
        guard modifier.kind == .word, head.kind == .word, !head.isCapitalized || titleCase, head.text.utf8.count > 3,
            !pack.nounLemmatizer.isPluralForm(modifier.lower), !pack.nounLemmatizer.isIrregular(modifier.lower),
            pack.nounLemmatizer.isPluralForm(head.lower), !pack.nounLemmatizer.isIrregular(head.lower),
            pack.countedUnit(for: head.lower) == nil, pack.measures.match(tokens, at: index + 1) == nil,
            !pack.subjectVerbs.contains(head.lower), !pack.commonWords.contains(head.lower),
            !pack.unitGapStops.contains(head), !pack.determiners.contains(head), !pack.sourceSkips.contains(head)
        else { return false }
        return true
    }
}

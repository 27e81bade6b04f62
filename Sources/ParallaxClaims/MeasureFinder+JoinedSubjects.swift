/// Counted subjects joined by a conjunction share their verb (round 35, measure35): `Hunderte Dächer und mehr als 2.000 Autos
/// wurden beschädigt`, `More than 300 roofs and 50 cars were damaged`. A figure whose noun no unit lexicon names reads a verb
/// only two or three words away (so that a bare number does not take a far verb that is not its own); a later conjunct
/// (`und mehr als 2.000 Autos`) fills that reach, and the first figure had no measure while the second had the verb's. The
/// conjunctions are `Lexicons/<lang>/subject-joiners.txt`.
extension MeasureFinder {
    /// The conjunctions of each language that join two counted subjects (`und`, `sowie`, `and`), read once.
    static let subjectJoiners: [String: Set<String>] = LexiconFile.perLanguage("subject-joiners.txt") { rows in
        Set(rows.map { $0[0] })
    }

    /// True when the figure's own noun — one word right after it that is no unit (capitalised in a language that capitalises
    /// nouns, else no common word) — is followed by a subject joiner and another figure (a qualifier may stand before it:
    /// `und mehr als 2.000 Autos`).
    /// - Complexity: O(1), once per figure without a unit.
    func joinsLaterSubject(_ mention: QuantityMention, tokens: [ClaimToken]) -> Bool {
        let noun = mention.end
        guard noun + 2 < tokens.count, tokens[noun].kind == .word,
            pack.capitalizesNouns ? tokens[noun].isCapitalized : !pack.commonWords.contains(tokens[noun].lower),
            Self.subjectJoiners[pack.language]?.contains(tokens[noun + 1].lower) == true
        else { return false }
        var next = noun + 2
        if tokens[next].kind == .word, let qualifier = pack.qualifiers.match(tokens, at: next) { next += qualifier.length }
        guard next < tokens.count else { return false }
        return isNumber(tokens[next]) || (tokens[next].kind == .word && pack.vagueNumbers.match(tokens, at: next) != nil)
    }
}

/// A participle of measure used as a noun — the people in that state — is no verb of its clause.
///
/// German capitalises nouns and never verbs, so a participle or adjective of measure with a capital after another
/// word is nominalised (`Die Verletzten wurden mit vier Hubschraubern … gebracht`, `Unter den Evakuierten sind …`).
/// English marks the same noun by `the` and no noun after it (`four air ambulances flew the most badly hurt to
/// hospitals`, `ferried the worst injured`, `the injured were taken`). As verbs they measured the clause's other figures
/// (helicopters and air ambulances became wounded: dev11, dev14); as nouns they still name a measure, but only as the
/// nouns of a clause do: after the counted noun's own measure and the clause's verbs. In German the lexicon's prefix
/// rows (`verletzt*`) match the noun's forms (`Verletzten`) before the noun rows do, so the reading is settled by the
/// grammar here rather than by more rows (round 20).
extension MeasureFinder {
    /// True when the one-word measure verb at `index` is used as a noun: capitalised after a word or number of its
    /// sentence in a language that capitalises nouns (an all-capitals word, a shouted headline, is no evidence); else
    /// right after a determiner and adverbs of degree (`the most badly hurt`), with no noun after it.
    /// - Complexity: O(1): the word's letters once, at most two words before it and one after.
    func isNominalised(at index: Int, length: Int, tokens: [ClaimToken]) -> Bool {
        guard length == 1, index > 0 else { return false }
        if pack.capitalizesNouns {
            guard tokens[index].isCapitalized else { return false }
            let before = tokens[index - 1]
            guard before.kind == .word || before.kind == .number else { return false }
            return tokens[index].text.dropFirst().contains { $0.isLowercase }
        }
        var start = index - 1
        while start > 0, index - start <= 2, pack.degreeWords.contains(tokens[start]) { start -= 1 }
        guard pack.determiners.contains(tokens[start]) else { return false }
        // `the injured workers` is attributive (a noun follows); `the injured were`, `the worst injured to hospitals`,
        // `the dead.` end the noun phrase at a function word, an auxiliary or punctuation.
        let next = index + 1
        guard next < tokens.count, tokens[next].kind == .word else { return true }
        return pack.commonWords.contains(tokens[next].lower) || pack.destinationPrepositions.contains(tokens[next])
            || pack.nounPhraseEnds.contains(tokens[next])
    }
}

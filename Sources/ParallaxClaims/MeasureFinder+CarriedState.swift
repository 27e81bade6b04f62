/// A count followed by `mit`/`with` and a noun of injury or illness is in that state, whatever the clause's verb.
///
/// `…, leaving seven people with minor injuries`, `vier Menschen mit leichten Verletzungen`, `23 von ihnen kamen mit
/// Verletzungen in Krankenhäuser`, `twelve patients with infections`: the prepositional phrase after the counted noun says
/// what the people counted have, and it is theirs, not the verb's (`derailed`, `ran aground` named the train's or the
/// boat's fate and measured the people destroyed or missing: dev13, dev14). Only states a person carries — wounded and
/// infected — as `mit Verlusten`, `with losses` after a count of firms is money, not casualties (round 20).
extension MeasureFinder {
    /// Measures a count of people may carry with them (`with injuries`, `mit einer Infektion`).
    static let carriedStates: Set<String> = ["wounded", "infected"]

    /// The state a noun of measure after `mit`/`with` right after the count names (up to two words — adjectives,
    /// an article — between the preposition and the noun), if any.
    /// - Complexity: O(w) in the sentence's measure words, looked at once; only when `mit`/`with` follows the count.
    func carriedState(
        of mention: QuantityMention, among words: [(index: Int, length: Int, measure: LanguagePack.Measure)], tokens: [ClaimToken]
    ) -> String? {
        guard mention.end + 1 < tokens.count, pack.companionPrepositions.contains(tokens[mention.end]) else { return nil }
        let nounRange = (mention.end + 1)...(min(mention.end + 3, tokens.count - 1))
        guard let noun = words.first(where: { nounRange.contains($0.index) && $0.measure.isNoun && Self.carriedStates.contains($0.measure.label) })
        else { return nil }
        // Only words between: no figure, no punctuation (`mit 41 Verletzten`, `with, at most, injuries` are other shapes).
        guard tokens[(mention.end + 1)..<noun.index].allSatisfy({ $0.kind == .word }) else { return nil }
        return noun.measure.label
    }
}

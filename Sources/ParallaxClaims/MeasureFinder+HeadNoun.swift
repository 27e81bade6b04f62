internal import ParallaxModel

/// The measure of a count from the noun that governs it through `von`/`of` (round 18).
///
/// In `die Leichen von weiteren 13 Migranten`, `die Evakuierung von 1.200 Anwohnern`, `der Einsatz von 200 Polizisten`, `the
/// bodies of 47 people`, `the evacuation of 300 residents` the figure is the complement of a noun of measure: the noun says what
/// the counted people or things underwent, whatever the clause's verb says about the noun (`geborgen`, recovered, is the bodies'
/// verb, not a rescue of the migrants). German and English build these nominal phrases the same way; the noun must stand right
/// before the preposition, which stands right before the figure (its qualifier included). Sums are left to the nouns of cost
/// and of money (`ein Schaden von`, `sum-nouns.txt`). Not the nouns of a toll (`Opfer`, `Verluste`, `victims`): `die Opfer von zwei
/// Anschlägen` counts the attacks, not the victims.
extension MeasureFinder {
    /// The measure of a noun of measure (`measures.txt`, `noun`) right before `von`/`of` (`dimension-words.txt`, `head-of`)
    /// right before the figure (one lower-case adjective may stand between), when the figure counts people or things that measure admits; nil otherwise.
    /// - Complexity: O(w) over the sentence's measure words.
    func headNounMeasure(
        of mention: QuantityMention, among words: [(index: Int, length: Int, measure: LanguagePack.Measure)],
        tokens: [ClaimToken]
    ) -> String? {
        // One adjective may stand between (`die Leichen von weiteren 13 Migranten`, `the bodies of another 13 migrants`).
        var preposition = mention.first - 1
        if preposition >= 2, tokens[preposition].kind == .word, !tokens[preposition].isCapitalized,
            pack.dimensionHeadPrepositions.contains(tokens[preposition - 1])
        {
            preposition -= 1
        }
        guard preposition >= 1, pack.dimensionHeadPrepositions.contains(tokens[preposition]) else { return nil }
        if let unit = mention.quantity.unit, pack.currencyCodes.contains(unit) || unit == "percent" { return nil }
        guard
            let noun = words.first(where: {
                $0.measure.isNoun && $0.index + $0.length == preposition
                    && Self.countMeasures.contains($0.measure.label)
                    && $0.measure.label != "killed or wounded"
            }), admits(noun.measure.label, unit: mention.quantity.unit)
        else { return nil }
        return noun.measure.label
    }
}

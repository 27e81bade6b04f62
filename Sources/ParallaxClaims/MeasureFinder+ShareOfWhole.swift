import ParallaxModel

/// Shares that name a part of a whole, and adjectives of dimension that measure only measurements (round 23).
extension MeasureFinder {
    /// True when a share is followed by the whole it is a part of (`drei Viertel der Fernzüge fielen aus`, `etwa die Hälfte des
    /// Daches gab nach`, `a third of its trade`): it says how much of that whole the clause is about, so a verb of rising or
    /// falling in the clause is no change by that share. A share after the preposition of a change (`um 3 Prozent des
    /// Umsatzes`), of a level (`auf 30 Prozent der Stimmen`) or of a part is left to the rules of those.
    /// - Complexity: O(1).
    func isShareOfWhole(_ mention: QuantityMention, tokens: [ClaimToken]) -> Bool {
        // The whole may stand right after the figure or inside its span, where a partitive took it as the counted noun.
        guard mention.quantity.unit == "percent",
            ((mention.number + 1)...mention.end).contains(where: { $0 < tokens.count && pack.wholeOpeners.contains(tokens[$0]) })
        else { return false }
        guard mention.first > 0 else { return true }
        let before = tokens[mention.first - 1]
        return !(pack.byPrepositions.contains(before) || pack.targetPrepositions.contains(before) || pack.partPrepositions.contains(before))
    }

    /// True when a verb of losing or gaining stands right before the share, past one qualifier (`verlor gut ein Drittel des
    /// Werts`, `lost half of`; `function-words.txt`, `whole-taker`): the share of the whole is what was lost or gained.
    /// - Complexity: O(1).
    func takesWhole(before mention: QuantityMention, tokens: [ClaimToken]) -> Bool {
        (max(0, mention.first - 2)..<mention.first).contains { pack.wholeTakers.contains(tokens[$0]) }
    }

    /// False when `measure` is an adjective of dimension (`hoch`, `tief`, `long`; `measures.txt` field `dimension`) and the
    /// figure counts people or things or is a share: `bis tief in die Nacht` after `Dutzende Anhänger`, `hoch ist der Anteil
    /// mit 13,1 Prozent` name no size of them. Only lengths, areas, volumes and weights have a dimension; a figure without a
    /// unit may be one.
    /// - Complexity: O(1).
    func fitsDimension(_ measure: LanguagePack.Measure, unit: String?) -> Bool {
        guard measure.measurementOnly, let unit else { return true }
        return Self.measurementUnits.contains(unit) || QuantityFinder.weightUnits.contains(unit)
    }
}

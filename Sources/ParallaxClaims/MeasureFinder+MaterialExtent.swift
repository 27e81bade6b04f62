import ParallaxModel

/// The English pseudo-partitive of a length and a material (round 32): a length followed by `of` and a bare noun (`1.8
/// kilometres (1.1 miles) of copper cable`, `a mile of fencing`) measures how much of the material there is. Its clause's
/// verb still names what happened to it (`400 metres of track were torn up`); without one it is the material's `size`, and
/// never a `distance`, which is a way gone or a stretch of the land (`40 miles of river`, `85 km of the Elmar`, `3.5 km of
/// line 2`: `dimension-words.txt`, `place` rows, and `way` rows). Areas, volumes and weights of a material or of land name no
/// measure without a verb, as every writer leaves them (`four tonnes of copper`, `13 square miles of mangrove forest`): the
/// rule takes lengths only. German puts the material right after the unit (`rund 1,8 Kilometer Kupferkabel`): a rule of that
/// form changed five figures of the checking half's German writers for one of the tuning half's, so German is left out
/// (docs/EVALUATION.md, round 32).
extension MeasureFinder {
    /// True when the length of `mention` measures a material named by the bare noun after it.
    /// - Complexity: O(1): a few look-ups after the figure; only for lengths.
    func isMaterialExtent(_ mention: QuantityMention, tokens: [ClaimToken]) -> Bool {
        guard !pack.capitalizesNouns, let unit = mention.quantity.unit, pack.lengthUnits.contains(unit) else { return false }
        // Past a restatement in brackets (`1.8 kilometres (1.1 miles) of`), from either of its figures.
        var after = mention.end
        if after + 1 < tokens.count, tokens[after].text == ")" { after += 1 }
        if let close = closingBracket(after: after, tokens: tokens) { after = close + 1 }
        guard after < tokens.count, tokens[after].kind == .word else { return false }
        // The material is joined by `of`; a noun must follow it, not a determiner, a possessive (`of its course`), a name or a
        // word that is no noun.
        guard pack.dimensionHeadPrepositions.contains(tokens[after]) else { return false }
        let noun = after + 1
        guard noun < tokens.count, tokens[noun].kind == .word, !tokens[noun].isCapitalized,
            !pack.commonWords.contains(tokens[noun].lower), !pack.materialStops.contains(tokens[noun])
        else { return false }
        let word = tokens[noun]
        return !pack.determiners.contains(word) && pack.extentPlaces.lookup(word.lower) == nil
            && pack.wayNouns.lookup(word.lower) == nil
    }
}

import ParallaxModel

/// An area a verb of covering governs is the size of what covers it (round 22).
///
/// `Der Ölteppich bedeckte am Vormittag … rund 35 Quadratkilometer`, `Der Ölfilm breitete sich bis zum Mittag auf etwa vier
/// Quadratkilometern aus`, `the roof, which covered about 1,800 square metres`, `together covering about 190 square miles`:
/// the subject spreads over the area, so the area is its size (dev12, dev15, dev16). `covers` and `umfasst` were rows of
/// `measures.txt` already; the other forms of the family were missing. Only when no word of the clause names another measure
/// (`The fire spread over 500 hectares, burning …` keeps burned; dev13's water that `covered` an area stays its writer's
/// flooded only by that writer's convention), and only for an area with no noun of its own after it: `covered about 1.2 square
/// kilometres of farmland`, `bedeckt rund 120 Hektar Weideland` measure the land, not the lava (dev4 leaves them null).
extension MeasureFinder {
    /// `size` when the figure is an area (a unit of `extentUnits` that is no volume or weight) and a verb of covering
    /// (`measure-governors.txt`, `cover`) stands before it in its clause, at most eight words back with no number or
    /// punctuation between; else nil.
    /// - Complexity: O(1): phrase look-ups at no more than eight positions.
    func coveredArea(_ mention: QuantityMention, tokens: [ClaimToken]) -> String? {
        guard let unit = mention.quantity.unit, Self.areaUnits.contains(unit) else { return nil }
        var after = mention.end
        if let close = closingBracket(after: after, tokens: tokens) { after = close + 1 }
        if after < tokens.count, tokens[after].kind == .word {
            let next = tokens[after]
            if pack.partPrepositions.contains(next) { return nil }
            if pack.capitalizesNouns, next.isCapitalized { return nil }
        }
        let governors = MeasureGovernors.of(pack.language)
        var position = mention.first - 1
        while position >= 0, mention.first - position <= 8, tokens[position].kind == .word {
            if governors.covers.match(tokens, at: position) != nil { return "size" }
            position -= 1
        }
        return nil
    }

    /// Canonical units of area (`docs/VOCABULARY.md`).
    static let areaUnits: Set<String> = ["square metre", "square kilometre", "square mile", "hectare", "acre"]
}

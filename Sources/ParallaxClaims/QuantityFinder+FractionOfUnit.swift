import ParallaxModel

/// A fraction of one unit of measure or time (`a quarter of a mile`, `three quarters of an hour`, `a third of a
/// kilometre`; round 20): the fraction word, the part preposition, the indefinite article and the unit. Before, the
/// fraction read as a share (`a quarter` 25 %) and the article as one unit (`a mile`), two figures where the writer
/// named one. A span of time is given in the next smaller unit, as half of one (`a quarter of an hour` is 15 minutes).
extension QuantityFinder {
    /// The reading of a fraction of one unit after a fraction word ending at `end`, or `nil` when no unit of measure or
    /// time follows, right after it or after a part preposition and an article.
    /// - Complexity: O(1): at most three tokens are read.
    func fractionOfUnit(_ tokens: [ClaimToken], share: Double, after end: Int) -> Reading? {
        // The unit right after the fraction (`ein Achtel Liter`, `drei Viertel Prozentpunkte`, `a quarter mile`; round
        // 31, qforms32): German measures so without preposition or article, English before a unit of length.
        if end < tokens.count, isMeasureUnit(tokens, at: end) {
            return Reading(
                value: share / 100, end: end, qualifier: nil, unit: nil, multiplied: true, grouped: false, plain: false,
                half: true, spanShare: share / 100)
        }
        guard end + 2 < tokens.count, pack.partPrepositions.contains(tokens[end]), pack.halfArticles.contains(tokens[end + 1]),
            isMeasureUnit(tokens, at: end + 2)
        else { return nil }
        return Reading(
            value: share / 100, end: end + 2, qualifier: nil, unit: nil, multiplied: true, grouped: false, plain: false,
            half: true, spanShare: share / 100)
    }

    /// True when a unit that one of can be halved or divided starts at `index`: a unit of measure or time, the tonne, or
    /// a point of a percentage or an index (`half a percentage point`, `einen halben Prozentpunkt`, `a quarter of a
    /// percentage point`; round 31, qforms32). Before, the point read as one whole point beside a 50 % share.
    /// - Complexity: O(1): one unit look-up and at most one phrase match.
    func isMeasureUnit(_ tokens: [ClaimToken], at index: Int) -> Bool {
        guard index < tokens.count, tokens[index].kind == .word else { return false }
        if let unit = pack.countedUnit(for: tokens[index].lower)?.unit {
            if MeasureFinder.measurementUnits.contains(unit) || unit == "tonne" || unit.hasSuffix("point") { return true }
        }
        return pack.units.match(tokens, at: index)?.value.unit.hasSuffix("point") ?? false
    }
}

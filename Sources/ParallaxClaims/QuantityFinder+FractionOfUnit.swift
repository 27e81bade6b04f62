import ParallaxModel

/// A fraction of one unit of measure or time (`a quarter of a mile`, `three quarters of an hour`, `a third of a
/// kilometre`; round 20): the fraction word, the part preposition, the indefinite article and the unit. Before, the
/// fraction read as a share (`a quarter` 25 %) and the article as one unit (`a mile`), two figures where the writer
/// named one. A span of time is given in the next smaller unit, as half of one (`a quarter of an hour` is 15 minutes).
extension QuantityFinder {
    /// The reading of a fraction of one unit after a fraction word ending at `end`, or `nil` when no part preposition,
    /// article and unit of measure or time follow.
    /// - Complexity: O(1): three tokens are read.
    func fractionOfUnit(_ tokens: [ClaimToken], share: Double, after end: Int) -> Reading? {
        guard end + 2 < tokens.count, pack.partPrepositions.contains(tokens[end]), pack.halfArticles.contains(tokens[end + 1]),
            tokens[end + 2].kind == .word, let unit = pack.countedUnit(for: tokens[end + 2].lower)?.unit,
            MeasureFinder.measurementUnits.contains(unit) || unit == "tonne"
        else { return nil }
        return Reading(
            value: share / 100, end: end + 2, qualifier: nil, unit: nil, multiplied: true, grouped: false, plain: false,
            half: true, spanShare: share / 100)
    }
}

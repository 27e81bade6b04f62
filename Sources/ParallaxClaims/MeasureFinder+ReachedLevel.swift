internal import ParallaxModel

/// The measure of a count that a rise or fall reaches, from what rose or fell (round 19).
///
/// `Die Zahl der Menschen, die … erkrankt sind, ist auf 312 gestiegen`, `The number of people who fell ill … has risen to 212`,
/// `Der Verkauf von Heizöl stieg … auf 1,13 Millionen Tonnen`, `Bis Freitag stieg die Zahl der Festnahmen auf 40`: the level a
/// change reaches is no change (round 12d), but it is the new total of what changed, and the subject of the verb of change
/// names that — a noun of measure (`Verkauf`, `Festnahmen`), or the verb of the relative clause or participle that says what
/// the counted people underwent (`die … erkrankt sind`, `who fell ill`, `taken ill`). German and English build this the same
/// way: the subject stands before the figure in its clause, before the verb or, after an inverted verb, between verb and
/// figure, so the nearest measure word before the figure that names no change is the subject's.
///
/// Only counts and quantities of goods: a sum at a level (`Der Umsatz legte … auf 28,9 Milliarden Euro zu`, `Brent crude rose
/// 3.8% to $91.30`, `Die Einnahmen stiegen … auf 127 Milliarden Euro`), a share (`stieg der Anteil … auf 43,7 Prozent`) and a
/// reading (`temperatures climbed to 41.3C`, `Der Pegel stieg auf knapp acht Meter`) stay unmeasured, as every study writer
/// annotates them.
extension MeasureFinder {
    /// The measure of the subject whose count rose or fell to the level at `mention`; nil when the figure is a sum, a share or
    /// a reading, or when no measure word other than a change stands before it in its clause.
    /// - Parameter clause: the figure's clause (`clauseBounds`); a relative clause that opens it after a comma is part of it.
    /// - Complexity: O(w) over the sentence's measure words.
    func reachedLevelMeasure(
        of mention: QuantityMention, among words: [(index: Int, length: Int, measure: LanguagePack.Measure)],
        clause: Range<Int>, tokens: [ClaimToken]
    ) -> String? {
        if let unit = mention.quantity.unit,
            pack.currencyCodes.contains(unit) || unit == "percent" || unit.hasSuffix("point") || unit == "degree"
                || pack.lengthUnits.contains(unit)
        {
            return nil
        }
        // A subject's measure word is no other figure's: not a noun or participle right after a number (`5 Tote`, `zwei
        // Verletzte`), and not a verb that governs a number of its own (`killing 12`).
        func belongsToOtherFigure(_ word: (index: Int, length: Int, measure: LanguagePack.Measure)) -> Bool {
            let before = (max(clause.lowerBound, word.index - 2)..<word.index)
            return before.contains { tokens[$0].kind == .number } || governsNumber(word, tokens)
        }
        let subject = words.filter {
            $0.index >= clause.lowerBound && $0.index + $0.length <= mention.first
                && !Self.changeMeasures.contains($0.measure.label)
                && admits($0.measure.label, unit: mention.quantity.unit)
                && !belongsToOtherFigure($0)
        }.max { $0.index < $1.index }
        return subject?.measure.label
    }

    /// The measures of a change: the figure a verb of these reaches is a level, not the change.
    static let changeMeasures: Set<String> = ["increase", "decrease", "cut"]
}

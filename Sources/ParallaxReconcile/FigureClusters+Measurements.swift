import Foundation

/// Measurements an article gives of one measure.
extension FigureClusters {
    /// Whether a unit measures (a mass, a volume, an area, a speed, a temperature, an energy) rather than counts
    /// people or things or sums money: the units of ``unitsOfMeasurement`` and those the reconcile stage converts
    /// (`Lexicons/unit-conversions.tsv`, by their common unit). Two different values one article gives for one
    /// measure at one time, on its own authority, are two things — the litres a head uses today and the fewer litres
    /// a ration allows, a cushion 80 centimetres tall and 55 wide, a forest's loss since 1990 and in one year — as
    /// ``measurementUnits`` holds for shares, lengths and hours; where two counts are mostly a part and its total, a
    /// measurement is seldom split so in one report (round 20: dev14, and 4 of 4 changed groups on 10kGNAD).
    static func isMeasurement(_ unit: String) -> Bool { measuringUnits.contains(unit) }

    /// The units ``isMeasurement(_:)`` accepts, gathered once.
    private static let measuringUnits: Set<String> = unitsOfMeasurement
        .union(ReconcileLexicon.unitConversions.keys)
        .union(ReconcileLexicon.unitConversions.values.map(\.base))
        .subtracting(currencies)

    /// Whether an article's figure states another value than its `mate` in a group: not the same number, and — for
    /// a figure with a measure — not a number their qualifiers let meet ("nearly 14,000 acres" and "about 13,800
    /// acres" burnt, one report's two wordings of one area). A figure without a measure must state the number.
    static func statesAnotherValue(_ mate: ClaimFacts, _ fact: ClaimFacts, measureless: Bool) -> Bool {
        guard !sameValue(mate, fact) else { return false }
        // Shares, lengths and hours (``measurementUnits``) were split by their number alone before (round 20
        // measured the looser test there: dev8's and dev10's status fell), and stay so.
        guard !measureless, !measurementUnits.contains(fact.unitKey), let left = mate.interval, let right = fact.interval
        else { return true }
        return left.intersection(right) == nil
    }
}

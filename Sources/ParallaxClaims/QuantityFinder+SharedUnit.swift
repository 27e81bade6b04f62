/// A figure written without its unit that shares the unit of the figure after it (`um 0,5 statt 0,4 Prozent`,
/// `von sechs auf 12 Prozent`; `unit-sharers.txt`).
extension QuantityFinder {
    /// The unit a figure written without one shares with the figure after it (`um 0,5 statt 0,4 Prozent`, `1,6
    /// beziehungsweise 1,5 Prozent`, `von sechs auf 12 Prozent`; `unit-sharers.txt`): a share, a currency or a unit of
    /// measure or time, never a counted noun (`58 und hat drei Kinder`) — except between alternatives, which share any unit.
    func sharedUnit(_ tokens: [ClaimToken], first: Int, after end: Int) -> String? {
        guard end < tokens.count, let sharer = pack.unitSharers.match(tokens, at: end) else { return nil }
        // `und`, `and` (opener `#`) join only figures in digits: `vier und fünftausend Meter` is one range in words.
        if sharer.value == "#" {
            guard tokens[first].kind == .number else { return nil }
        } else if !sharer.value.isEmpty, first == 0 || tokens[first - 1].lower != sharer.value {
            return nil
        }
        let secondStart = skipCurrency(tokens, end + sharer.length)
        guard let second = read(tokens, at: secondStart), !second.vague else { return nil }
        var unit = second.unit
        if secondStart > end + sharer.length { unit = pack.currencies.match(tokens, at: end + sharer.length)?.value }
        if unit == nil, let sign = pack.currencies.match(tokens, at: second.end) { unit = sign.value }
        if unit == nil { unit = countedNoun(tokens, from: second.end).0 }
        guard let unit else { return nil }
        // Alternatives (`26 statt 28 Pflichtstunden`, `80 statt bisher 40 Polizisten`, `three instead of five judges`: a sharer
        // that needs no opener) share any unit, a counted noun or a span too: the first figure replaces the second and counts
        // what it counts (round 22).
        if sharer.value.isEmpty { return unit }
        // Spans of time are left out: `vor 70, 80 und 90 Jahren` dates, and a range says `zwölf oder 13 Jahre`.
        let shareable = unit == "percent" || pack.currencyCodes.contains(unit)
            || MeasureFinder.measurementUnits.contains(unit) && Self.durationParts[unit] == nil && unit != "second"
        return shareable ? unit : nil
    }
}

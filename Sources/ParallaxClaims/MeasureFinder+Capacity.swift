internal import ParallaxModel

/// Capacities (round 14): `das für 450 Passagiere zugelassen ist`, `Zugelassen war das Schiff für höchstens 60 Passagiere`
/// (dev6), `its licence for 450 passengers` (dev6), `built for 450 prisoners and holds 640` (dev8) state what a thing may or
/// can hold: its size. Three writers' reports of ferries and prisons carry them; before, they had no measure.
extension MeasureFinder {
    /// True when the figure is a capacity: right after a verb of holding (`holds 640`), or after the preposition of
    /// capacity (`für`, `for`, a qualifier between) in a clause — up to the next comma or stop — with a word of capacity
    /// (`capacity-words.txt`). Money, shares, measures and spans hold nothing (`für 450 Euro gebaut`, `für drei Jahre geplant`).
    /// - Complexity: O(w) in the words of the figure's clause, at most twelve tokens each way, once per figure.
    func isCapacity(_ mention: QuantityMention, tokens: [ClaimToken]) -> Bool {
        guard mention.first > 0 else { return false }
        if let unit = mention.quantity.unit,
            isShareSumOrMeasurement(unit) || QuantityFinder.durationParts[unit] != nil || unit == "second"
        {
            return false
        }
        if pack.capacityVerbs.contains(tokens[mention.first - 1]) { return true }
        // `licensed to carry 250 passengers`, `designed to accommodate 600`: a verb of holding after a word of capacity (round 24).
        if pack.capacityInfinitives.contains(tokens[mention.first - 1]),
            (max(0, mention.first - 4)..<(mention.first - 1)).contains(where: { pack.capacityWords.contains(tokens[$0]) })
        {
            return true
        }
        // The preposition before the figure, a qualifier of up to two words between (`für höchstens 60`).
        let preposition = (max(0, mention.number - 3)..<mention.number).last { pack.capacityPrepositions.contains(tokens[$0]) }
        guard let preposition, preposition >= mention.first - 1 else { return false }
        func isBoundary(_ token: ClaimToken) -> Bool { [",", ";", ".", ":", "!", "?"].contains(token.text) }
        var scan = preposition - 1
        while scan >= 0, preposition - scan <= 12, !isBoundary(tokens[scan]) {
            if pack.capacityWords.contains(tokens[scan]) { return true }
            scan -= 1
        }
        scan = mention.end
        while scan < tokens.count, scan - mention.end <= 12, !isBoundary(tokens[scan]) {
            if pack.capacityWords.contains(tokens[scan]) { return true }
            scan += 1
        }
        return false
    }
}

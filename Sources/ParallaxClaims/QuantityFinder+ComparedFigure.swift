import ParallaxModel

/// A figure without a unit compared back with the figure before it (round 28, quantity28): `bringing the number of dead to
/// 112, up from the 38 reported on the first day`, `records for 497 people, far more than the 412 the operator declared`,
/// `has risen to 41 from the 34 first reported`, `31,500 players …, up from about 28,000 it reported on Sunday`. The later
/// figure is an earlier or a rival count of the same things; news writing names the things once, at the first figure.
///
/// Four writers of the tuning half write it so (dev2, dev6 and dev22 twice), each with the first figure's unit in gold; before,
/// the compared figure stayed without a unit. The words that make the comparison are closed-class
/// (`compared-figure-openers.txt`); a bare `from`, `than`, `von` or `als` is not among them.
extension QuantityFinder {
    /// Gives each figure without a unit or noun that follows a comparing phrase (`compared-figure-openers.txt`, perhaps with
    /// a qualifier between) the unit of the figure before it in the sentence.
    /// - Complexity: O(n) in the number of mentions, with at most four phrase look-ups for a bare figure.
    func comparingBackUnits(_ mentions: [QuantityMention], tokens: [ClaimToken]) -> [QuantityMention] {
        guard mentions.count > 1, !pack.comparedFigureOpeners.isEmpty else { return mentions }
        var result = mentions
        for index in 1..<result.count {
            let mention = result[index]
            guard mention.quantity.unit == nil, mention.quantity.noun == nil, !mention.countsNoun,
                let unit = result[index - 1].quantity.unit, result[index - 1].end < mention.first,
                opensComparison(tokens, before: mention.first, after: result[index - 1].end)
            else { continue }
            result[index].quantity.unit = unit
            let quantity = result[index].quantity
            result[index].quantity.normalized = UnitConversion.normalize(quantity.value ?? quantity.high, unit: unit)
        }
        return result
    }

    /// True when a phrase of `compared-figure-openers.txt` ends right before `first` and starts at or after `floor`.
    private func opensComparison(_ tokens: [ClaimToken], before first: Int, after floor: Int) -> Bool {
        for length in 1...4 where first - length >= floor {
            if let match = pack.comparedFigureOpeners.match(tokens, at: first - length), match.length == length {
                return true
            }
        }
        return false
    }
}

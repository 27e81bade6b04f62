internal import ParallaxModel

/// A measure that only a figure's counted noun names stays with that noun (round 18).
///
/// Responders counted with no verb of their own are deployed by their noun alone (`38 Beamte`, `Hunderte Polizisten`, `two
/// helicopters`: the weak `deployed?` of `units.txt`). Such a measure says what these people are, not what happened in the
/// clause, so a later figure with a noun of its own (`38 officers left to guard 640 prisoners`) does not continue it: the
/// prisoners are no deployment. A figure without a noun (`… 200 Polizisten, am Abend weitere 150`) still continues it. So
/// does a sum's measure that the head noun of money of its clause names (`Verluste … bis zur Höhe von 225 Millionen Euro`):
/// the next sentence's `Kredite im Ausmaß von 190 Millionen Euro` are no loss.
extension ClaimBuilder {
    /// True when a measure the figure before named may pass to `mention`: always when a verb or another word of its clause
    /// named it (`ownNoun` false); when only its counted noun did, only to a figure with no noun of its own.
    /// - Complexity: O(1).
    static func continuesOwnNounMeasure(_ ownNoun: Bool, to mention: QuantityMention) -> Bool {
        !ownNoun || mention.end <= mention.number + 1
    }
}

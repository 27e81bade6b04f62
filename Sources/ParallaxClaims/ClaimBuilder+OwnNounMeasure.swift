internal import ParallaxModel

/// A measure that only a figure's counted noun names stays with that noun (round 18).
///
/// Responders counted with no verb of their own are deployed by their noun alone (`38 Beamte`, `Hunderte Polizisten`, `two
/// helicopters`: the weak `deployed?` of `units.txt`). Such a measure says what these people are, not what happened in the
/// clause, so a later figure with a noun of its own (`38 officers left to guard 640 prisoners`) does not continue it: the
/// prisoners are no deployment. A figure without a noun (`… 200 Polizisten, am Abend weitere 150`) still continues it. A sum's
/// measure that the head noun of money of its clause names (`sum-nouns.txt`) is continued as before: blocked, it lost right
/// costs on 10kGNAD (`Gesamtkosten von 442 Millionen …, 757 Millionen`, `Heuer sollen es rund zwei Milliarden Euro sein`).
extension ClaimBuilder {
    /// True when a measure the figure before named may pass to `mention`: always when a verb or another word of its clause
    /// named it (`ownNoun` false); when only its counted noun did, only to a figure with no noun of its own or to the same
    /// number restated (`Elf Tote in Pflegeheimen` … `Nach dem Tod von elf Bewohnern`).
    /// - Complexity: O(1).
    static func continuesOwnNounMeasure(_ ownNoun: Bool, to mention: QuantityMention, after previous: Quantity) -> Bool {
        !ownNoun || mention.end <= mention.number + 1
            || (previous.value != nil && previous.value == mention.quantity.value && previous.low == mention.quantity.low
                && previous.high == mention.quantity.high)
    }

    /// True when `measure` is the one the figure's counted noun implies, weak (`38 Beamte`: deployed) or strong (`Zwei Tote`:
    /// killed). A noun of a state says what the people it counts are, not what happened in the clause, so a list of such
    /// counts (`Zwei Tote, 23 Eingeschlossene`) does not pass the first noun's state to the next noun (round 24: the trapped
    /// were read as killed once `Eingeschlossene` became a counted noun).
    /// - Complexity: O(1).
    static func namesOwnMeasure(_ mention: QuantityMention, measure: String) -> Bool {
        guard let implied = mention.impliedMeasure else { return false }
        return implied == measure || implied == measure + "?"
    }
}

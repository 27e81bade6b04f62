internal import ParallaxModel

/// A measure carried into the next sentence stops at a count of a noun of its own (measure18b, round 18).
///
/// A sentence that counts people or things with a noun of their own starts a clause about them: `Verantwortlich für die
/// Eskalation waren einige Hundert gewaltbereite Chaoten` after a toll, `A passenger ferry carrying more than 400 people sank`
/// under a headline of the dead, `An Bord befanden sich 38 Menschen` after the injured, `Israel had obtained hundreds of
/// thousands of Iranian files` after files seized. The count before is not theirs. It still carries when the new sentence
/// refers back to it — the same counted noun, a part opener (`Unter ihnen waren auch 31 Kinder`, `Among them are roughly 260,000 …`;
/// `part-openers.txt`) — or restates the same number (the
/// headline's `Drei Betriebe betroffen` and the lead's `hat sich … auf drei Betriebe ausgeweitet`). A figure without a noun
/// (`…, sind es inzwischen 63`), sums, shares and measurements are left to the carry as before. Seen as wrong carries on
/// dev4, dev5, dev6, dev8, dev11, real, real2, real3 and realclaims-en (docs/claims.md, round 18 measure18b).
extension ClaimBuilder {
    /// True when the measure of a figure in the sentence before may pass to `mention`.
    /// - Complexity: O(1) (the part openers look at most three words back).
    func carriesIntoNextSentence(_ mention: QuantityMention, lastQuantity: Quantity, tokens: [ClaimToken]) -> Bool {
        guard let unit = mention.quantity.unit, mention.end > mention.number + 1,
            unit != "percent", !pack.currencyCodes.contains(unit), !MeasureFinder.measurementUnits.contains(unit)
        else { return true }
        if Self.opensPart(mention, tokens: tokens, language: pack.language) { return true }
        let restated = mention.quantity
        if restated.value == lastQuantity.value && restated.low == lastQuantity.low
            && restated.high == lastQuantity.high
        {
            return true
        }
        return countsSameThings(restated.noun, lastQuantity.noun)
    }

    /// True when two counted nouns name the same things: the same dictionary form (`files`, `file`), or, where nouns form
    /// compounds, one ending in the other (`Krankenversicherten`, `Versicherte`). Another figure for the same things
    /// (`tens of thousands of files seized by Israel` … `Israel had obtained hundreds of thousands of Iranian files`) is a
    /// second account of one event, and keeps its measure.
    /// - Complexity: O(n) in the nouns' lengths.
    func countsSameThings(_ noun: String?, _ earlier: String?) -> Bool {
        guard let noun, let earlier else { return false }
        let first = pack.nounLemmatizer.lemma(noun), second = pack.nounLemmatizer.lemma(earlier)
        if first == second { return true }
        guard pack.capitalizesNouns, min(first.count, second.count) >= 4 else { return false }
        return first.hasSuffix(second) || second.hasSuffix(first)
    }
}

import ParallaxModel

extension StatusJudge {
    /// Whether the figure is a vague multiple — "Tausende", "Dutzende", "hundreds of", "thousands of" — which the
    /// extractor gives as a bound alone (`low` 2,000 for "thousands", no value).
    ///
    /// A vague multiple names no number: "THOUSANDS of terrified locals" beside "about 2,000 residents" allows the
    /// figure but does not state it, so it is a looser figure (compatible), however close its floor lies to the
    /// precise figure. Before, a floor within the 10 % of "about" (2,000 beside 2,000) read as the same figure
    /// and the group as agreed. The study gold files put a vague multiple beside precise figures in 30 groups and
    /// call one of them agreed (every other compatible, or conflicting where the figures exclude each other).
    /// Only a vague multiple with a measure of its own: one without ("Dutzende Menschen") joins a group by its
    /// number alone and is often another thing (dev6: people pulled from the water beside a crew of 26), so it
    /// should not turn the group's verdict.
    static func isVagueMultiple(_ fact: ClaimFacts) -> Bool {
        guard fact.measureKey != "-", let quantity = fact.claim.quantity, quantity.value == nil, quantity.normalized == nil else { return false }
        return (quantity.low == nil) != (quantity.high == nil)
    }
}

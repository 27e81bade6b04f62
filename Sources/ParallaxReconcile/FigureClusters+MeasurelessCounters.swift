import ParallaxModel

/// Counter-figures without a measure: a denial that sets a quantity against an accusation's quantity often states
/// it without the accusation's verb ("Die Firma wies das zurück: In der Halle hätten etwa 17 Tonnen gelegen" beside
/// "rund 45 Tonnen Feuerwerkskörper"; "The company said only about 17 tonnes were stored"). The unit tells what is
/// counted, so a figure without a measure but with a unit can answer one of the same unit.
extension FigureClusters {
    /// Whether a figure may take part in ``joiningCounterFigures()``: one with a measure, or one without a measure
    /// that states a unit (a bare number, "-", tells nothing of what it counts) and counts the story's thing, not
    /// another quantity of its unit (``ClaimFacts/distinction``: "nur 20 Tonnen erlaubt" is the permit's limit, which
    /// a denial's "etwa 17 Tonnen" does not answer).
    static func canCounter(_ fact: ClaimFacts) -> Bool {
        fact.measureKey != "-" || (fact.unitKey != "-" && fact.distinction.isEmpty)
    }
}

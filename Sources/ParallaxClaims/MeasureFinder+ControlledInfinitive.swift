internal import ParallaxModel

/// The verb of an infinitive clause that a counted actor controls (round 33).
///
/// `Rund 40 Einsatzkräfte brauchten mehr als zwei Stunden, um die Eingeschlossenen zu befreien`, `120 Soldaten halfen, das Dorf
/// zu evakuieren`, `More than 100 volunteers have spent days trying to rescue the stranded animals`: the count is the subject of
/// the clause that governs the infinitive, and so the doer of the infinitive's act, whose object (the trapped, the village, the
/// animals) undergoes it. German marks the infinitive with `zu` right before it at the clause's end, English with `to` right
/// before it (`function-words.txt`, `infinitive-mark`). Read only for counts of responders (the weak `deployed` of their unit),
/// which act on others; a count of residents told to leave (`500 Bewohner wurden aufgefordert, ihre Häuser zu verlassen`)
/// undergoes its infinitive and is not asked.
extension MeasureFinder {
    /// True when `word` is a verb after the figure that an infinitive mark right before it makes the verb of an infinitive
    /// clause: the figure before it controls that clause.
    /// - Complexity: O(1): one `WordSet` look-up, once per candidate verb of a responders' count.
    /// Round 34: so is a participle right after the infinitive that describes its object, a noun right after it (`some 450
    /// firefighters worked through the night to cover damaged roofs`, `to reach trapped residents`): the object is what it
    /// describes, not the controller.
    func isControlledInfinitive(
        _ word: (index: Int, length: Int, measure: LanguagePack.Measure), after mention: QuantityMention, tokens: [ClaimToken]
    ) -> Bool {
        guard word.index > mention.end else { return false }
        if pack.infinitiveMarks.contains(tokens[word.index - 1]) { return true }
        let next = word.index + word.length
        guard word.index - 2 >= mention.end, word.length == 1, next < tokens.count, tokens[word.index - 1].kind == .word,
            pack.infinitiveMarks.contains(tokens[word.index - 2]), tokens[next].kind == .word
        else { return false }
        return pack.capitalizesNouns ? tokens[next].isCapitalized : !pack.commonWords.contains(tokens[next].lower)
    }
}

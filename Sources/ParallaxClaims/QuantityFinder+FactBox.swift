/// Fact-box lines (round 14): a label, a colon and a figure that ends the line — `Geiseln: 9`, `Einsatzkräfte der Polizei:
/// ca. 250` (dev10), `Eingeschlossen: 23` (dev7), `Insassen: 640`, `Beteiligte Häftlinge: etwa 200` (dev8), `Polizisten im
/// Einsatz: 1.200` (dev5). Four writers box their figures this way; the figure counts what its label names.
extension QuantityFinder {
    /// What a fact-box figure from `start` to `end` counts: the first noun of the label a lexicon knows (its unit and
    /// implied measure). Nil when no label word is known or the figure is no fact-box entry: the label must open the sentence with one to five words and no figure, and the figure must end it.
    /// - Complexity: O(1): at most five label words are read, once per figure after a colon.
    func factBoxLabel(_ tokens: [ClaimToken], start: Int, end: Int) -> (unit: String, measure: String?)? {
        guard start >= 2, start <= 6, tokens[start - 1].text == ":", tokens[0].kind == .word, tokens[0].isCapitalized,
            tokens[end...].allSatisfy({ $0.kind == .punctuation && $0.text != ":" }),
            tokens[0..<(start - 1)].allSatisfy({ $0.kind == .word }), !pack.pronouns.contains(tokens[0])
        else { return nil }
        // Where nouns are capitalised a label is a noun phrase: lower-case words only as determiners and prepositions
        // (`Einsatzkräfte der Polizei`, `Polizisten im Einsatz`), not a clause (`Er sagte: 25.`).
        if pack.capitalizesNouns {
            for word in 1..<(start - 1) where !tokens[word].isCapitalized {
                guard pack.determiners.contains(tokens[word]) || pack.attributeOpeners.contains(tokens[word]) else { return nil }
            }
        }
        for word in 0..<(start - 1) {
            let noun = countedNoun(tokens, from: word)
            if let unit = noun.0, noun.3 <= start - 1 { return (unit, noun.1) }
        }
        // A label no lexicon knows (`Eingeschlossen: 23`) gives a figure without a unit, which matched no better than none
        // (dev7 0.904 → 0.901): left as it was.
        return nil
    }
}

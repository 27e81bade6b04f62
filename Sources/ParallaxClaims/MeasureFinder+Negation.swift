/// A measure verb its clause negates names nothing that happened (round 20).
///
/// `konnten sich nicht aus ihren Fahrzeugen retten` (they were not rescued: real3), `Es sei kein einziger Schuss gefallen`
/// (no shot fell; `gefallen` is no death: dev12), `dass sie sich den Rentenraub … nicht gefallen lassen` (dev11), `details not
/// included in the book`: the verb says what did not happen, so it measures none of the clause's figures. The negation
/// (`function-words.txt`, `negation`) must stand within four words before the verb, with no figure or punctuation between
/// (`nicht weniger als 40 Menschen wurden getötet` negates the comparison, not the killing). Phrases that open with the
/// negation themselves (`keinen Strom`, `kein Gas`: affected) are the lexicon's and are not touched.
extension MeasureFinder {
    /// True when a negation stands within four words before the measure verb at `index`, with only words between.
    /// - Complexity: O(1): at most four tokens.
    func isNegated(at index: Int, tokens: [ClaimToken]) -> Bool {
        var position = index - 1
        while position >= 0, index - position <= 5 {
            let token = tokens[position]
            guard token.kind == .word else { return false }
            if pack.negations.contains(token) { return true }
            position -= 1
        }
        return false
    }
}

/// A measure verb whose subject is a negative pronoun after it names nothing that happened either (round 22): German puts
/// the verb first for emphasis (`…, verletzt wurde niemand`, `getötet wurde keiner`), and the figure of the clause before
/// (`Alle 23 Besatzungsmitglieder wurden … von Bord geholt`) must not take it (dev16). And a figure that a negative
/// pronoun picks from (`None of the 14 crew members was hurt`, `Keiner der 23 Seeleute wurde verletzt`) counts those to whom
/// the clause's verb did not happen: it takes no measure (dev16).
extension MeasureFinder {
    /// True when a negation (`function-words.txt`, `negation`) closes the clause within two words after the verb ending at
    /// `end` (`verletzt wurde niemand.`): only words between, punctuation or the end of the sentence after it.
    /// - Complexity: O(1): at most three tokens.
    func isNegatedAfter(end: Int, tokens: [ClaimToken]) -> Bool {
        var position = end
        while position < tokens.count, position - end <= 2, tokens[position].kind == .word {
            if pack.negations.contains(tokens[position]) {
                return position + 1 == tokens.count || tokens[position + 1].kind == .punctuation
            }
            position += 1
        }
        return false
    }

    /// True when the figure follows a negation and a preposition of a part (`None of the 14`, `keiner der 23`), with at most
    /// one determiner between: it counts those the clause's verb spared.
    /// - Complexity: O(1): at most three tokens.
    func isSparedPart(_ mention: QuantityMention, tokens: [ClaimToken]) -> Bool {
        var position = mention.first - 1
        if position >= 0, pack.determiners.contains(tokens[position]) { position -= 1 }
        guard position >= 1, pack.partPrepositions.contains(tokens[position]) else { return false }
        return pack.negations.contains(tokens[position - 1])
    }
}

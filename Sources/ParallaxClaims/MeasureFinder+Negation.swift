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

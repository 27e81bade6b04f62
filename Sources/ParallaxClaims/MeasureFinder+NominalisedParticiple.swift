/// A measure verb written with a capital inside a sentence is a noun in a language that capitalises nouns.
///
/// German capitalises nouns and never verbs, so a participle or adjective of measure with a capital after another
/// word is nominalised — the people in that state (`Die Verletzten wurden mit vier Hubschraubern … gebracht`, `Unter den
/// Evakuierten sind …`). As a verb it measured the clause's other figures (the four helicopters became wounded,
/// dev14); as a noun it still names a measure, but only as the nouns of a clause do: after the counted noun's own
/// measure and the clause's verbs. The lexicon's prefix rows (`verletzt*`) match the noun's forms (`Verletzten`)
/// before the noun rows do, so the reading is settled here by the grammar rather than by more rows (round 20).
extension MeasureFinder {
    /// True when the one-word measure verb at `index` is capitalised after a word or number of its sentence, in a
    /// language that capitalises nouns; an all-capitals word (a shouted headline) is no evidence.
    /// - Complexity: O(1) but the check for capitals, which reads the word's letters once.
    func isNominalised(at index: Int, length: Int, tokens: [ClaimToken]) -> Bool {
        guard pack.capitalizesNouns, length == 1, index > 0, tokens[index].isCapitalized else { return false }
        let before = tokens[index - 1]
        guard before.kind == .word || before.kind == .number else { return false }
        return tokens[index].text.dropFirst().contains { $0.isLowercase }
    }
}

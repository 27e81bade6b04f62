import ParallaxModel

/// Years that name an age or a date rather than a quantity (round 16): `Mit 14 Jahren überquerte er die Grenze` (an age, which
/// docs/VOCABULARY.md leaves out like `Jahre alt`), `der seit 1570 bestehende Markt` (a year of an earlier century after a
/// word that opens a year).
extension QuantityFinder {
    /// True when a span of years after a preposition of age (`age-prepositions.txt`: `mit`) ends its phrase: no noun follows
    /// the span (`Mit 14 Jahren überquerte er` is an age; `mit 20 Jahren Haft`, `mit zwei Jahren Verspätung` measure).
    /// - Complexity: O(1).
    func isAgeSpan(_ tokens: [ClaimToken], start: Int, end: Int, unit: String?) -> Bool {
        guard unit == "year", start > 0, pack.agePrepositions.contains(tokens[start - 1]) else { return false }
        guard end < tokens.count, tokens[end].kind == .word else { return true }
        return pack.capitalizesNouns ? !tokens[end].isCapitalized : pack.commonWords.contains(tokens[end].lower)
    }

    /// True when a plain four-digit number from 1000 to 1899 without a counted noun follows a word that can only open a year
    /// (`year-openers.txt`: `seit 1570`, `im Jahr 1683`, `since 1848`): a year of an earlier century, no count. Words that
    /// also open counts (`im`, `bis`, `of`, `by`) are left out, so that `bis 1500 Pakete` stays a figure.
    func isEarlierCenturyYear(_ reading: Reading, at index: Int, in tokens: [ClaimToken]) -> Bool {
        guard reading.plain, !reading.multiplied, tokens[index].isFourDigitInteger,
            (1000..<1900).contains(reading.value)
        else { return false }
        for start in max(0, index - 3)..<index {
            if let match = pack.yearOpeners.match(tokens, at: start), start + match.length == index { return true }
        }
        return false
    }
}

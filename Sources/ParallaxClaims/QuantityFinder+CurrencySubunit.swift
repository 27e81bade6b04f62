/// Hundredths of a currency after a figure (round 14): `30 Cent` (`real`), `Dieselpreis springt um 9 Cent`, `jumped by 9
/// cents a litre` (dev5) are 0.30 and 0.09 of the currency's unit; before, the figure stood without a unit.
extension QuantityFinder {
    /// The subunit word at `index` (`currency-subunits.txt`): the currency — the one a money figure of the sentence names,
    /// else the word's own —, the fraction of its unit and the index after the word.
    /// - Complexity: O(n) in the sentence's tokens, only when a subunit word follows a figure.
    func currencySubunit(_ tokens: [ClaimToken], at index: Int) -> (code: String, fraction: Double, end: Int)? {
        guard index < tokens.count, tokens[index].kind == .word, let subunit = pack.currencySubunits.match(tokens, at: index)
        else { return nil }
        let named = tokens.indices.lazy.compactMap { pack.currencies.match(tokens, at: $0)?.value }.first
        return (named ?? subunit.value.code, subunit.value.fraction, index + subunit.length)
    }
}

/// A range of money whose low end is written in the currency's subunit and its high end in the currency (`von 5 Cent bis
/// 2,10 Euro`, `from 5 cents to €2.10`, `zwischen 80 Cent und 1,20 Euro`; round 33): one range of the currency, not a
/// count of cents and a separate upper bound.
extension QuantityFinder {
    /// The range that opens with `first` and a subunit word after it, when the opener's `joiner` follows the subunit and a
    /// figure of the same currency follows the joiner (its sign before it or its word after it): the low end in the
    /// currency's unit, the high end, the currency and the index after the range. Nil otherwise.
    /// - Complexity: O(1) look-ups, and one pass over the sentence for the currency it names, only when a subunit word follows
    ///   a figure right after a range opener.
    func subunitRange(
        _ tokens: [ClaimToken], first: Reading, joiner: String
    ) -> (low: Double, high: Double, code: String, end: Int)? {
        guard first.end + 1 < tokens.count, tokens[first.end].kind == .word,
            pack.currencySubunits.match(tokens, at: first.end) != nil, let subunit = currencySubunit(tokens, at: first.end),
            subunit.end < tokens.count, tokens[subunit.end].lower == joiner
        else { return nil }
        let secondStart = skipCurrency(tokens, subunit.end + 1)
        guard let second = read(tokens, at: secondStart), second.qualifier == nil else { return nil }
        var end = second.end
        var code = secondStart > subunit.end + 1 ? pack.currencies.match(tokens, at: subunit.end + 1)?.value : nil
        if code == nil, let word = pack.currencies.match(tokens, at: end) {
            code = word.value
            end += word.length
        }
        // Divided by the whole count of subunits, as a figure of cents alone is (`70 Cent` is 0.7).
        let low = first.value / (1 / subunit.fraction).rounded()
        guard let code, code == subunit.code, low < second.value else { return nil }
        return (low, second.value, code, end)
    }
}

/// An outlet's call for support that names its price in a line of its own (round 30): `Beispielblatt unterstützen – ab 4 Euro im
/// Monat`, `Support the Example Ledger – from £3 a month`. The call is a support verb that ends its first part (German's
/// infinitive of request) or opens it (English's imperative), a dash, and an amount of money with the terms of a price (`ab`,
/// `im Monat`; `from`, `a month`): `support-verb` and `price-term` rows of the `boilerplate` lexicon.
///
/// Headlines of support given by others (`Land will Bauern unterstützen – 300 Euro pro Kind`) keep their place: the call's first
/// part has at most three words when the verb ends it (four when it opens it), and the part after the dash names a price's
/// terms, not a sum of aid.
extension PlainTextBoilerplateClassifier {
    /// Whether `shape` is a priced call for support: at most twelve words, no full stop or question mark, two parts around a
    /// dash as the type describes.
    /// - Complexity: O(n) in the line's length, times the number of price terms.
    func isPricedSupportCall(_ shape: LineShape) -> Bool {
        guard shape.wordCount <= 12, shape.finalMark != ".", shape.finalMark != "?", !cues.supportVerbs.isEmpty else {
            return false
        }
        let key = shape.key
        for separator in [" – ", " — ", " - "] {
            let parts = key.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count == 2 else { continue }
            let call = parts[0].split(separator: " ")
            // English opens with the verb and names the outlet with its article (`Support the Example Ledger`); German ends
            // with it after the name alone (`Beispielblatt unterstützen`), where a fourth word is a headline's subject and verb
            // (`Land will Bauern unterstützen`).
            guard let first = call.first, let last = call.last,
                (2...4).contains(call.count) && cues.supportVerbs.contains(String(first))
                    || (2...3).contains(call.count) && cues.supportVerbs.contains(String(last))
            else { return false }
            let offer = String(parts[1])
            return namesAmountOfMoney(offer) && cues.priceTerms.contains { offer.containsPhrase($0) }
        }
        return false
    }

    /// Whether lower-cased `text` names an amount of money: a currency sign beside a number (`€4`, `3 €`) or a number followed
    /// by a currency word (`4 euro`, `3 pounds`).
    private func namesAmountOfMoney(_ text: String) -> Bool {
        if PromotionDetector.holdsPrice(text) { return true }
        let words = text.split(separator: " ")
        return zip(words, words.dropFirst()).contains { amount, currency in
            amount.first?.isNumber == true && amount.allSatisfy { $0.isNumber || $0 == "," || $0 == "." }
                && cues.currencies.contains(String(currency))
        }
    }
}

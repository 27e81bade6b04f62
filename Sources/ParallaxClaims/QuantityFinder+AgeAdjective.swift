/// An age written as a hyphenated adjective between a count and its noun (`Drei 67-jährige Männer`, `Ein 67-jähriger Mann kam
/// ums Leben`, `two 30-year-old women`; round 33): the age is no quantity (`not-quantity-after.txt` says so), and the count
/// before it counts the noun after it, as it does past any other adjective.
extension QuantityFinder {
    /// The end of an age adjective at `index` (`67-jährige`, `30-year-old`): a plain figure of at most three digits and, from
    /// the hyphen on, an age row of `not-quantity-after.txt` (one with no `event`). Nil when none stands there.
    /// - Complexity: O(1): one phrase look-up, asked only at a figure followed by a hyphen.
    func ageAdjectiveEnd(_ tokens: [ClaimToken], at index: Int) -> Int? {
        guard index + 2 < tokens.count, tokens[index].isPlainInteger, tokens[index].text.utf8.count <= 3,
            tokens[index + 1].text == "-", let age = pack.notQuantityAfter.match(tokens, at: index + 1), !age.value
        else { return nil }
        return index + 1 + age.length
    }
}

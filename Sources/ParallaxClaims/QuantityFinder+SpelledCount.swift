/// A small spelled number as the determiner of a plural noun no lexicon counts (`at two stalls`, `two rebel
/// alliances`): a count the article states, like a written figure before the same noun.
///
/// Number words of three and more before a noun already count it; `two` did not, because a small spelled number is
/// also the word of many fixed phrases and of the text's own ordering (`two sides of the same coin`, `for two reasons`,
/// `in two steps`, `one or two`). Those cases are a closed class: an idiom, a noun of manner or a noun of discourse after
/// the number (`spelled-count-idioms.txt`, per language), or a number before it joined by a range infix (`one or two`:
/// an approximate pair, no count). A referring determiner before the number (`the two leaders`) is handled by
/// ``QuantityFinder`` itself, a verb or function word after the number (`"Two is it"`) leaves it a pronoun, ordinals and `both`/`beide` are no number words, time nouns are units of their own, and
/// the cardinal one stays out (a convention of the gold, docs/claims.md round 18).
///
/// Which number words may count so is data (`spelled-determiner-numbers.txt`): English `two`; none in German, whose
/// real-text gold names a unit for every such count (`zwei Schulen` school, `zwei Rebellenbündnissen` alliance), so a
/// count without one cost real3 precision (0.896 → 0.883) and gained no pair there (round 19, qty19b).
extension QuantityFinder {
    /// True when the spelled two at `start..<end` determines the plural noun after it and is none of the fixed uses
    /// above.
    /// - Parameters:
    ///   - tokens: the sentence's tokens.
    ///   - start: the first token of the figure (the number word, or a qualifier before it).
    ///   - number: the number word.
    ///   - end: the token after the figure.
    ///   - reading: the figure's reading.
    /// - Complexity: O(1) in the sentence: a few set and table look-ups at the figure's edges.
    func isSpelledDeterminerCount(_ tokens: [ClaimToken], start: Int, number: Int, end: Int, reading: Reading) -> Bool {
        guard reading.spelled, !reading.vague, !reading.multiplied, reading.end == number + 1, end < tokens.count,
            pack.spelledDeterminerNumbers.contains(tokens[number]),
            isNounAhead(tokens, end), !pack.subjectVerbs.contains(tokens[end].lower), !pack.commonWords.contains(tokens[end].lower),
            pack.spelledCountIdioms.match(tokens, at: end) == nil
        else { return false }
        // One adjective before the noun (`my two favourite things`, `two separate occasions`): the idiom is the noun's.
        if end + 1 < tokens.count, pack.spelledCountIdioms.match(tokens, at: end + 1) != nil { return false }
        // `ein oder zwei Tage`, `one or two stalls`: the second of two alternatives is no count.
        if start >= 2, pack.rangeInfixes.match(tokens, at: start - 1) != nil {
            let before = tokens[start - 2]
            if before.kind == .number || pack.numberWords[before.lower] != nil { return false }
        }
        return true
    }
}

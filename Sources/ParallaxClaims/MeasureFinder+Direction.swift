import ParallaxModel

/// A length before a word of direction is how far something went (round 22).
///
/// `drang 300 Meter tief in das Land ein`, `stürzten 48 Meter tief ins Tal`, `crossed roughly 300 metres into Lauritanian
/// territory`, `up to 6 kilometres (3.7 miles) inside the country`: the adverb `tief`/`weit` or the preposition after the length
/// says where to, so the length is the distance gone, not the size of a thing (`ist 15 Meter tief`, `a crater 15 metres deep`).
/// The phrases are rows of `dimension-words.txt` (`after | tief in | distance`, `after | into | distance`), matched longest
/// first by ``dimension(of:tokens:)``; this file adds only the step over a bracketed restatement, so that the figure a
/// bracket converts reads the words after the bracket as the bracket's own figure does (dev14, dev16).
extension MeasureFinder {
    /// The index of the `)` that closes a bracket opening at `open`, when the bracket is short (at most eight tokens, as a
    /// converted figure is) and holds a number; nil otherwise.
    /// - Complexity: O(1): at most eight tokens.
    func closingBracket(after open: Int, tokens: [ClaimToken]) -> Int? {
        guard open + 2 < tokens.count, tokens[open].text == "(" else { return nil }
        var index = open + 1
        var sawNumber = false
        while index < tokens.count, index - open <= 8 {
            if tokens[index].text == ")" { return sawNumber && index + 1 < tokens.count ? index : nil }
            if tokens[index].text == "(" { return nil }
            // A figure or a number word (`three inches (eight centimetres) thick`; round 32).
            if tokens[index].kind == .number || tokens[index].kind == .word && pack.numberWords[tokens[index].lower] != nil {
                sawNumber = true
            }
            index += 1
        }
        return nil
    }
}

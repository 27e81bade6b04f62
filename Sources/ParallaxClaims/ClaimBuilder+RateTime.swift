/// A figure given per a span of time is a standing rate, no event of the day (round 29).
///
/// `verkauft jährlich rund 900 Tonnen Honig`, `Betroffen sind … rund 310.000 Fahrgäste am Tag`, `delivers some 9,500 meals a
/// day`: the writers leave such rates undated (dev2, dev6, dev23; every rate of the tuning half that its own sentence does not
/// date is undated in the gold), while the code dated them by the paragraph, the event or the publication day. A rate keeps a
/// time of its own sentence (`bis 2028 sollen so jährlich 600 Millionen Euro eingespart werden`, dated in dev), as an increase
/// or a payment does. The words of a rate are the language's (`rate-periods.txt`: `täglich`, `pro Jahr`, `am Tag`; `a day`,
/// `per year`, `annually`), right before the figure past its qualifier or right after it (past a bracketed restatement or one
/// word, the figure's noun), and not followed by a number or a word that makes them a time of their own (`stop` rows: `am Tag
/// nach dem Beben`, `a day after the quake`, `im Jahr 2021`).
extension ClaimBuilder {
    /// True when a word of a rate stands right before the figure (past its qualifier) or right after it, past at most one word
    /// (its noun).
    /// - Complexity: O(1): a few phrase look-ups around the figure.
    func isRate(_ mention: QuantityMention, tokens: [ClaimToken]) -> Bool {
        guard !pack.ratePeriods.isEmpty else { return false }
        func rate(at index: Int) -> Bool {
            guard index >= 0, index < tokens.count, tokens[index].kind == .word,
                let match = pack.ratePeriods.match(tokens, at: index)
            else { return false }
            // `im Jahr 2021` is a date, `am Tag nach dem Beben` a day of its own.
            let next = index + match.length
            guard next < tokens.count else { return true }
            return tokens[next].kind == .punctuation || (tokens[next].kind == .word && !pack.ratePeriodStops.contains(tokens[next]))
        }
        var after = mention.end
        if after < tokens.count, tokens[after].text == "(",
            let close = tokens.indices[after...].prefix(8).first(where: { tokens[$0].text == ")" })
        {
            after = close + 1
        }
        // A noun the figure's mention leaves out may stand between (`some 9,500 meals a day`).
        if rate(at: after) || (after < tokens.count && tokens[after].kind == .word && rate(at: after + 1)) { return true }
        let start = pack.qualifierStart(endingAt: mention.first, in: tokens) ?? mention.first
        for candidate in max(0, start - 3)..<start {
            if let match = pack.ratePeriods.match(tokens, at: candidate), candidate + match.length == start, rate(at: candidate) {
                return true
            }
        }
        return false
    }
}

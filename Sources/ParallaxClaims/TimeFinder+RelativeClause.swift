/// A year in a relative clause tells that clause's background (round 29).
///
/// `The charity, which raised some €23 million in 2026 and funds …, has lost more than 9,000 of its donors`, `fines of up to 4%
/// of annual turnover, which for Halvena stood at €3.1bn last year`, `Dieselbe Regierung, die im vergangenen Jahr die Förderung
/// … gestrichen hat, verteilt nun ein „Hilfspaket“ von zehn Millionen Euro`: the year dates what the relative clause says of its
/// antecedent, not the main clause's figures, nor the paragraph's next sentences (dev4, dev9, dev23 leave those undated or date
/// them by the event). Only whole years: a day in a relative clause often tells the event itself (`the storm, which hit on
/// Sunday, killed 12`), and the writers date its figures by it.
extension TimeFinder {
    /// The relative clause around the tokens `first..<end`: from the relative pronoun right after a comma before them
    /// (`relative-pronouns.txt`) to the next comma or semicolon or the sentence's end; nil when there is none. Where every noun
    /// is capitalised the clause must end in a verb (a lower-case word), as German puts it last, so that `, die Polizei …` (an
    /// article) opens none.
    /// - Complexity: O(n) in the sentence's tokens.
    func relativeClause(around first: Int, end: Int, in tokens: [ClaimToken]) -> Range<Int>? {
        var comma = first - 1
        while comma > 0, tokens[comma].text != ",", tokens[comma].text != ";" { comma -= 1 }
        guard comma > 0, comma + 1 < first, tokens[comma].text == ",", pack.relativePronouns.contains(tokens[comma + 1]) else {
            return nil
        }
        var close = end
        while close < tokens.count, tokens[close].text != ",", tokens[close].text != ";" { close += 1 }
        var last = close - 1
        while last > end, tokens[last].kind == .punctuation { last -= 1 }
        if pack.capitalizesNouns, tokens[last].kind != .word || tokens[last].isCapitalized { return nil }
        return (comma + 1)..<close
    }

    /// Sets the relative clause of each whole year that stands in one (``TimeMention/relativeClause``).
    /// - Complexity: O(n · m) for m mentions of whole years in a sentence of n tokens; nothing for other mentions.
    func markRelativeClauses(_ mentions: inout [TimeMention], in tokens: [ClaimToken]) {
        for position in mentions.indices {
            let mention = mentions[position]
            guard mention.datesEvents, let start = mention.start, let last = mention.last,
                start.month == 1, start.day == 1, last.month == 12, last.day == 31
            else { continue }
            mentions[position].relativeClause = relativeClause(around: mention.first, end: mention.end, in: tokens)
        }
    }
}

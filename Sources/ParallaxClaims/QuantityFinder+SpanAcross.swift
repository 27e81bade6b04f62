import ParallaxModel

/// A span of time an amount is spread over (`die Piloten fordern zwölf Prozent mehr Gehalt über zwei Jahre`, `4% in two
/// steps over 24 months`, `46 days of hearings over 14 months`, `Der Prozess hatte sich über 46 Verhandlungstage
/// erstreckt`; round 21) is stated exactly: `über`/`over` there is the preposition `across`, not the qualifier `more than`
/// it is before a span on its own (`Die Löscharbeiten hatten über zehn Stunden gedauert`). It is across when the span
/// follows another figure of its clause within its noun phrase (at most three words between, no punctuation, no rate
/// word after the span), or a word that spreads what it governs (`sich`, `verteilt`, `spread`; `function-words.txt`,
/// `across-opener`). dev13, dev14, dev15 and real2 annotate such spans exact; dev's `über zehn Stunden gedauert` stays
/// `more than`.
extension QuantityFinder {
    /// Units of time a span is counted in.
    static let spanUnits: Set<String> = ["year", "month", "week", "day", "hour", "minute"]

    /// The mentions with every span spread across by `über`/`over` read exactly.
    /// - Complexity: O(n) in the number of mentions.
    func readingSpansAcross(_ mentions: [QuantityMention], tokens: [ClaimToken]) -> [QuantityMention] {
        var result = mentions
        for index in result.indices {
            let mention = result[index]
            guard mention.quantity.qualifier == .moreThan, let unit = mention.quantity.unit, Self.spanUnits.contains(unit),
                mention.first + 1 == mention.number, pack.acrossPrepositions.contains(tokens[mention.first]),
                mention.end >= tokens.count || !pack.rateWords.contains(tokens[mention.end])
            else { continue }
            let opened = mention.first > 0 && pack.acrossOpeners.contains(tokens[mention.first - 1])
            let afterFigure = index > 0 && followsWithinPhrase(mention, result[index - 1], tokens: tokens)
            guard opened || afterFigure else { continue }
            result[index].quantity.qualifier = .exact
        }
        return result
    }

    /// True when `previous` ends at most three words before `mention` with only words between (`zwölf Prozent mehr
    /// Gehalt über`, `46 days of hearings over`). A share right before `über`/`over` (`zwölf Prozent über zwei Jahre`)
    /// still swallows the span as its noun in the quantity reading: not handled here.
    private func followsWithinPhrase(_ mention: QuantityMention, _ previous: QuantityMention, tokens: [ClaimToken]) -> Bool {
        guard previous.end <= mention.first, mention.first - previous.end <= 3 else { return false }
        return tokens[previous.end..<mention.first].allSatisfy { $0.kind == .word }
    }
}

import ParallaxModel

/// A share offered or demanded is the rise asked for (round 22).
///
/// `Das Ministerium bietet 3,5 Prozent`, `Norrbana hat 4,2 Prozent angeboten`, `The government has offered 3.5 percent`, `The
/// union is demanding 9 percent`, `its pay offer of 3.5 percent`: in the language of wage talks a bare share after a verb or
/// noun of offering or demanding is the increase of pay, as every writer who annotates such talks reads it (dev2, dev13,
/// dev15, dev16; round 21 listed it as a candidate). `offered` otherwise names a pledge (of a sum), and `bietet` nothing.
/// The share must stand alone: a part of something (`51 Prozent der Anteile`, `30 percent of the profits`) or a share with a
/// noun of its own (`20 Prozent Rabatt`, `a 20 percent discount`) is no rise.
extension MeasureFinder {
    /// `increase` when a verb or noun of offering or demanding (`measure-governors.txt`, `demand`) stands at most three words
    /// before the share with only words between, or one of the `demand-after` forms at most two words after it; else nil.
    /// - Complexity: O(1): phrase look-ups at no more than six positions.
    func demandedShare(_ mention: QuantityMention, tokens: [ClaimToken]) -> String? {
        guard mention.quantity.unit == "percent" else { return nil }
        let governors = MeasureGovernors.of(pack.language)
        if mention.end < tokens.count, tokens[mention.end].kind == .word {
            let next = tokens[mention.end]
            if governors.shareStops.contains(next.lower) { return nil }
            if pack.capitalizesNouns
                ? next.isCapitalized
                : !governors.shareFollows.contains(next.lower)
                    && governors.demandsAfter.match(tokens, at: mention.end) == nil
            {
                return nil
            }
        }
        var position = mention.first - 1
        while position >= 0, mention.first - position <= 4, tokens[position].kind == .word {
            if let match = governors.demands.match(tokens, at: position), position + match.length <= mention.first {
                return "increase"
            }
            position -= 1
        }
        var after = mention.end
        while after < tokens.count, after - mention.end <= 2, tokens[after].kind == .word {
            if governors.demandsAfter.match(tokens, at: after) != nil { return "increase" }
            after += 1
        }
        return nil
    }
}

import ParallaxModel

/// Votes a verb of receiving governs in an article about an election are won (`Die Kandidatin hat 12.300 Stimmen erhalten`,
/// `Er bekam 4.100 Stimmen`, `She received 12,300 votes`): the lexicon reads `erhalten`/`received` as a payment, which a
/// count of votes does not admit, so such a figure had no measure. The verbs are `election-measures.txt`'s `receipt` rows;
/// outside an election article they name nothing for votes (round 35, agreed35: dev29's `18.406 Stimmen erhalten`, on
/// which both annotators agree).
extension MeasureFinder {
    /// True when the figure counts votes, the article is about an election and a verb of receiving stands in the figure's
    /// clause at most four words before it or three after it.
    /// - Complexity: O(1): at most seven words looked at.
    func isReceivedVote(_ mention: QuantityMention, clause: Range<Int>, tokens: [ClaimToken]) -> Bool {
        guard electionArticle, mention.quantity.unit == "vote", !pack.voteReceipts.isEmpty else { return false }
        let window = max(clause.lowerBound, mention.first - 4)..<min(clause.upperBound, mention.end + 3)
        return window.contains { index in
            (index < mention.first || index >= mention.end) && tokens[index].kind == .word
                && pack.voteReceipts.contains(tokens[index].lower)
        }
    }
}

/// A figure whose counted noun a word of a gap follows names a margin, not a result (`Sie lag mit 312 Stimmen Vorsprung vorn`,
/// `finished 312 votes ahead`): it continues no earlier figure's measure (`election-measures.txt`, `margin`; round 35, which
/// made the votes received before it won).
extension MeasureFinder {
    /// True when a word of a gap stands right after the figure's counted noun (inside the mention or right after it).
    /// - Complexity: O(1).
    func isMargin(_ mention: QuantityMention, tokens: [ClaimToken]) -> Bool {
        guard mention.end > mention.number + 1, !pack.marginWords.isEmpty else { return false }
        return [mention.end - 1, mention.end].contains { index in
            index > mention.number + 1 && index < tokens.count && tokens[index].kind == .word
                && pack.marginWords.contains(tokens[index].lower)
        }
    }
}

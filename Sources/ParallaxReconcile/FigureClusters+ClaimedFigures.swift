import ParallaxModel

extension FigureClusters {
    /// Whether a figure is something a party claims — it is attributed to a source or hedged ("mehr als sechs
    /// Stunden", residents said; "soll … gewartet haben") — and so something a denial's counter-figure can answer.
    ///
    /// A denial answers an accusation, and news writing gives an accusation on its accuser's word. A figure the
    /// writer states on the article's own authority ("Fast vier Stunden saßen die Fahrgäste fest") is the story's
    /// fact, not what the denier contests: the counter-figure of a denial of another charge ("Die Reederei
    /// widerspricht: Die Warnung sei erst 20 Minuten nach dem Ablegen herausgegeben worden") is no rival of it,
    /// though both are spans of one story. Without this, a denial's duration joined every duration of its article.
    static func isClaimedByAParty(_ fact: ClaimFacts) -> Bool {
        guard let attribution = fact.claim.attribution else { return false }
        return attribution.source != nil || attribution.hedged
    }

    /// Whether two figures are rivals a denial sets against each other: one stands in a denial's sentence and the
    /// other, outside it, is claimed by a party (``isClaimedByAParty(_:)``); or two named sources give them.
    static func rivalSources(_ left: ClaimFacts, _ right: ClaimFacts) -> Bool {
        if left.inDenialSentence != right.inDenialSentence {
            let accusation = left.inDenialSentence ? right : left
            return isClaimedByAParty(accusation)
        }
        return differentSources(left, right)
    }
}

import ParallaxModel

/// Which statements of prior knowledge an article keeps (round 30).
///
/// That a party knew of something (`wusste seit Wochen davon`, `had known about the fault`) is a charge when the article
/// reports it answered — denied (`Norlotto denied this`, `Das Amt weist das zurück`) — or makes it as an accusation (`wirft
/// Tafelwerk vor, von dem Defekt gewusst zu haben`). Elsewhere the verbs of knowledge mostly tell what someone knew in
/// passing (`she knew him from school`, `wusste, wo der Schlüssel lag`), which no report sets against another: such a
/// statement is left out.
extension ClaimExtractor {
    /// `claims` without the statements of prior knowledge that are neither an accusation's charge nor denied by a claim
    /// of the article.
    /// - Complexity: O(n) in the article's claims; O(1) work per claim for an article without a statement of knowledge.
    static func keepingAnsweredKnowledge(_ claims: [Claim]) -> [Claim] {
        guard claims.contains(where: isKnowledge) else { return claims }
        let denied = Set(claims.compactMap { $0.statement?.denies })
        return claims.filter { claim in
            !isKnowledge(claim) || denied.contains(claim.id) || StatementFinder.isChargedKnowledge(claim)
        }
    }

    /// Whether a claim is a statement of prior knowledge (``StatementFinder/priorKnowledge``).
    private static func isKnowledge(_ claim: Claim) -> Bool {
        claim.statement?.predicate == StatementFinder.priorKnowledge
    }
}

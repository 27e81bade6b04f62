import ParallaxModel

/// A possessive ending is no part of a party's label (round 22).
///
/// An English subject opened by a possessive name (`Lyskaria's defence ministry denied …, saying …`, `VKH's chief negotiator
/// rejected the charge`) gave the label `lyskaria's`, `vkh's`: a label no writer uses and that no other article's label of
/// the same party matches. The owner without the ending is the party the sentence names (`vkh`), and a label that matches
/// the party's other mentions (`lyskaria`).
extension ClaimExtractor {
    /// The possessive endings of English, straight and typographic.
    static let possessiveEndings = ["'s", "’s"]
    /// Their last bytes, a first test (round 24b: every label of every claim was compared with both endings by
    /// `String.hasSuffix`).
    static let possessiveEnds = LastByteFilter(possessiveEndings)

    /// The claims with a trailing possessive ending dropped from their source, subject and denier labels.
    /// - Complexity: O(claims), once per article.
    static func withoutPossessiveEndings(_ claims: [Claim]) -> [Claim] {
        // Most articles have no label that may end so: their claims are returned as they are, not copied one by one
        // (round 31). Read by position, so that no claim is copied to be asked.
        func mayEnd(_ label: String?) -> Bool { label.map(possessiveEnds.mayEnd) ?? false }
        guard claims.indices.contains(where: { index in
            mayEnd(claims[index].attribution?.source) || mayEnd(claims[index].statement?.deniedBy)
                || mayEnd(claims[index].statement?.subject) || mayEnd(claims[index].subject)
        }) else { return claims }
        return claims.map { claim in
            var claim = claim
            if var attribution = claim.attribution {
                attribution.source = attribution.source.map(withoutPossessiveEnding)
                claim.attribution = attribution
            }
            if var statement = claim.statement {
                statement.deniedBy = statement.deniedBy.map(withoutPossessiveEnding)
                statement.subject = statement.subject.map(withoutPossessiveEnding)
                claim.statement = statement
            }
            claim.subject = claim.subject.map(withoutPossessiveEnding)
            return claim
        }
    }

    /// `lyskaria's` → lyskaria; a label without the ending, or that is nothing but it, unchanged.
    static func withoutPossessiveEnding(_ label: String) -> String {
        guard possessiveEnds.mayEnd(label) else { return label }
        for ending in possessiveEndings where label.hasSuffix(ending) && label.count > ending.count + 1 {
            return String(label.dropLast(ending.count))
        }
        return label
    }
}

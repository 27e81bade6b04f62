import ParallaxModel

/// A bound written after the figure (round 32, quantity32): `60 Millionen Euro oder mehr`, `Gruppen von zehn Personen und
/// mehr`, `aged 65 and over`, `groups of ten or fewer`, `a 500-plus crowd` (`trailing-qualifiers.txt`).
///
/// German and English close an open bound after the figure with `oder`/`und`, `or`/`and` and a comparative of quantity,
/// position or age, or with a hyphenated `plus`. The phrase is no bound when a number follows it (`und über 200 Verletzte`:
/// a qualifier of the next figure), when its last word opens a longer qualifier (`and more than 70 injured`), or, for the
/// phrases marked `closing`, when a noun follows it (`und mehr Polizisten`: a noun phrase of its own).
struct TrailingQualifier: Sendable, Equatable {
    var qualifier: Quantity.Qualifier
    var closing: Bool
}

extension QuantityFinder {
    /// The qualifier written at `end`, right after a figure read as exact, and the index past it.
    /// - Complexity: O(1) (one phrase look-up at one token, a second one at the phrase's last word).
    func qualifierAfter(_ tokens: [ClaimToken], at end: Int) -> (qualifier: Quantity.Qualifier, end: Int)? {
        guard end < tokens.count, let match = pack.trailingQualifiers.match(tokens, at: end) else { return nil }
        let after = end + match.length
        if after < tokens.count {
            if tokens[after].kind == .number || match.value.closing && isNounAhead(tokens, after) { return nil }
            if let longer = pack.qualifiers.match(tokens, at: after - 1), longer.length > 1 { return nil }
        }
        return (match.value.qualifier, after)
    }
}

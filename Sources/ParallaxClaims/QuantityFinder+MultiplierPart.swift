import ParallaxModel

/// Parts and rounded forms of a number word that scales (round 16): `a quarter of a million`, `three quarters of a million`,
/// `half a dozen`, `ein halbes Dutzend` (a fraction scales the multiplier after it), and `ein gutes Dutzend`, `eine knappe
/// Million` (an adjective of precision between the article and the multiplier qualifies it).
extension QuantityFinder {
    /// A fraction of a multiplier (`a quarter of a million`, `three quarters of a million`, `a third of a billion`): the
    /// fraction, a part preposition if the language uses one (`of`), an article and a multiplier of a dozen or more. Its value
    /// is the fraction of the multiplier, no share. A multiplier of a thousand or more may follow the fraction directly (`a
    /// quarter million`; round 18).
    /// - Parameters:
    ///   - fraction: the share the fraction phrase at `index` states, in percent, and the index after it.
    /// - Complexity: O(1): at most three tokens after the fraction are read.
    func fractionOfMultiplier(_ tokens: [ClaimToken], share: Double, after end: Int) -> Reading? {
        var scan = end
        // `a quarter million` (round 18): the multiplier right after the fraction, without `of a`.
        if scan < tokens.count, let multiplier = pack.multipliers.match(tokens, at: scan), multiplier.value >= 1000 {
            return Reading(
                value: (share / 100 * multiplier.value).rounded(), end: scan + multiplier.length, qualifier: nil, unit: nil,
                multiplied: true, grouped: false, plain: false)
        }
        if scan < tokens.count, pack.partPrepositions.contains(tokens[scan]) { scan += 1 }
        guard scan + 1 < tokens.count, pack.halfArticles.contains(tokens[scan]),
            let multiplier = pack.multipliers.match(tokens, at: scan + 1), multiplier.value >= 12
        else { return nil }
        return Reading(
            value: (share / 100 * multiplier.value).rounded(), end: scan + 1 + multiplier.length, qualifier: nil, unit: nil,
            multiplied: true, grouped: false, plain: false)
    }

    /// A multiplier after an article and an adjective of precision (`ein gutes Dutzend` more than 12, `eine knappe Million`
    /// about a million; `multiplier-qualifiers.txt`): the multiplier's value with the adjective's qualifier.
    /// - Complexity: O(1): three tokens are read.
    func qualifiedMultiplier(_ tokens: [ClaimToken], at index: Int) -> Reading? {
        guard index + 2 < tokens.count, tokens[index].kind == .word, pack.halfArticles.contains(tokens[index]),
            tokens[index + 1].kind == .word, pack.multiplierQualifierKeys.mayContain(tokens[index + 1]),
            let qualifier = pack.multiplierQualifiers[tokens[index + 1].lower],
            let multiplier = pack.multipliers.match(tokens, at: index + 2), multiplier.value >= 12
        else { return nil }
        return Reading(
            value: multiplier.value, end: index + 2 + multiplier.length, qualifier: qualifier, unit: nil, multiplied: true,
            grouped: false, plain: false)
    }
}

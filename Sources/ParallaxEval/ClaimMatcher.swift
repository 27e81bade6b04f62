import ParallaxModel

/// Pairs gold claims with extracted claims of the same article, so that later scores can compare their
/// fields and groups.
///
/// A quantity matches when its value (or range bounds) equals the gold value within 0.5 %; a statement
/// when both are denials, or neither is and the statement's predicate equals the gold predicate or the
/// two texts contain one another (the gold span lies in the extracted sentence: the same assertion at the
/// same place, however the extractor phrased its predicate). Each extracted claim pairs with at
/// most one gold claim: first every gold claim with an extracted claim whose words overlap its own (a matching
/// unit preferred), then the rest in gold order — so a gold claim earlier in the article cannot take the
/// extracted claim of a later one that states the same number (as the claims scorer pairs them).
enum ClaimMatcher {
    static func match(
        gold: [GoldCorpus.Claim], extracted: [ParallaxModel.Claim]
    ) -> [(gold: GoldCorpus.Claim, extracted: ParallaxModel.Claim)] {
        var used = Set<String>()
        var chosen: [Int: ParallaxModel.Claim] = [:]
        for sameWords in [true, false] {
            for (index, goldClaim) in gold.enumerated() where chosen[index] == nil {
                let candidates = extracted.filter {
                    !used.contains($0.id) && matches(goldClaim, $0)
                        && (!sameWords || ClaimEvaluation.overlaps($0.text, goldClaim.text))
                }
                guard let best = candidates.first(where: { $0.quantity?.unit == goldClaim.unit }) ?? candidates.first else { continue }
                used.insert(best.id)
                chosen[index] = best
            }
        }
        return gold.indices.compactMap { index in chosen[index].map { (gold[index], $0) } }
    }

    static func matches(_ gold: GoldCorpus.Claim, _ claim: ParallaxModel.Claim) -> Bool {
        if gold.kind == "quantity" {
            guard let quantity = claim.quantity else { return false }
            let goldValues = [gold.value, gold.low, gold.high].compactMap { $0 }
            let values = [quantity.value, quantity.low, quantity.high].compactMap { $0 }
            guard let first = goldValues.first else { return false }
            return values.contains { close($0, first) } && goldValues.allSatisfy { g in values.contains { close($0, g) } }
        }
        guard claim.kind == .statement, let statement = claim.statement else { return false }
        let isDenial = statement.denies != nil || statement.deniedBy != nil
            || ["denies", "denied", "disputes", "rejects"].contains(statement.predicate)
        if gold.denial == true { return isDenial }
        return !isDenial && (statement.predicate == gold.predicate || ClaimEvaluation.overlaps(claim.text, gold.text))
    }

    private static func close(_ a: Double, _ b: Double) -> Bool {
        a == b || abs(a - b) <= 0.005 * max(abs(a), abs(b))
    }
}

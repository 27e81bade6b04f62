import Foundation
import ParallaxModel

/// Parts of one whole an article names in several sentences.
extension ClaimGrouper {
    /// The facts with `siblingPart` set on the parts of different numbers that one article draws from the same
    /// whole, in whatever sentences: "27 wurden verletzt, neun davon schwer. … Unter den Verletzten sind elf Kinder
    /// und Jugendliche" names two parts of the 27 injured — the seriously injured and the children — each a thing
    /// of its own, as the parts one sentence names are (``markingSubsets(_:)``). Without this, an article's parts
    /// in two sentences are counts of one key, which the clusters keep together as a smaller count beside a larger.
    /// - Complexity: O(n).
    static func markingPartsOfOneWhole(_ facts: [ClaimFacts]) -> [ClaimFacts] {
        var values: [String: Set<Double>] = [:]
        for fact in facts where fact.subset {
            guard let whole = fact.partOf, let value = fact.claim.quantity?.representativeValue else { continue }
            values[whole, default: []].insert(value)
        }
        guard values.values.contains(where: { $0.count > 1 }) else { return facts }
        return facts.map { fact in
            guard fact.subset, !fact.siblingPart, let whole = fact.partOf, (values[whole]?.count ?? 0) > 1 else { return fact }
            var part = fact
            part.siblingPart = true
            return part
        }
    }
}

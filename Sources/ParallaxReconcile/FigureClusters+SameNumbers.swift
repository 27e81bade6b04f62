import Foundation
import ParallaxModel

/// A repeated exact number as evidence where the measure is missing: outlets that report one event and state the same
/// distinctive number in the same unit ("€2.4 billion", "2,4 Milliarden Euro"; "about 1,500 guests", "rund 1.500
/// Gäste") almost always report the same thing, whatever words surround it.
extension FigureClusters {
    /// The groups with each figure left without a measure moved to the one group where other articles state its
    /// number, when its own group holds no other article's statement of it.
    ///
    /// A figure without a measure chooses its group by the size of the numbers there and the words around them, in the
    /// order the figures come; the first of several reports of one unlabelled number may seed a group of its own, or
    /// join a group of a nearby number ("mehr als 300 Millionen Euro") before the other reports of its exact number
    /// arrive. A fact-checker lines up reports by their exact figures first: when the figure's distinctive number
    /// (``isDistinctive(_:)``: not a whole number below 20, which counts too many things by chance) stands in exactly
    /// one other group, on the word of another article and in the same unit, that group is where it belongs.
    ///
    /// The figure stays where it is when its group already holds its number from another article (it is with its
    /// reports), when its own article gives that other group a different number (the article tells the two apart: "68
    /// of the 150 seats"), when it sits beside a rival figure of another named source (``hasNamedRival(_:among:)``),
    /// when it is a part (a further batch, a subset, a figure its own article gives beside a larger one in its group:
    /// a part stays with its whole) or a denier's counter-figure, or when its number stands in several other groups
    /// (no single answer), or when the other group counts a kind counted apart from its own (``kindFits(_:_:)``,
    /// ``kindsApart(_:_:measureless:)``: 70 passengers are not 70 people on board). The number's reports elsewhere
    /// count only where they are not such a part themselves. The figures move one at a time, each seeing the moves
    /// before it.
    ///
    /// - Complexity: O(n) for n figures, plus the figures of one number per figure (figures indexed by number).
    static func gatheringFiguresToTheirNumbers(_ groups: [[ClaimFacts]]) -> [[ClaimFacts]] {
        var groups = groups
        var byNumber: [Int: [ClaimFacts]] = [:]
        var home: [String: Int] = [:]
        for (index, group) in groups.enumerated() {
            for fact in group {
                home[fact.claim.id] = index
                guard let value = Self.statedValue(fact), Self.isDistinctive(value) else { continue }
                byNumber[Self.numberKey(value), default: []].append(fact)
            }
        }
        // One figure at a time, each seeing the moves before it: two reports of one number that sit in each other's
        // groups meet once, not swap places.
        var moved = false
        for fact in groups.joined() where Self.mayGather(fact) {
            guard let index = home[fact.claim.id], let value = Self.statedValue(fact), Self.isDistinctive(value),
                let sameNumber = byNumber[Self.numberKey(value)], !Self.isPartOfItsArticle(fact, in: groups[index])
            else { continue }
            let reports = sameNumber.compactMap { other -> Int? in
                guard other.article.id != fact.article.id, other.unitKey == fact.unitKey, !other.subset,
                    !other.sharedFurther, Self.sameStatedFigure(other, fact), let group = home[other.claim.id],
                    !Self.isPartOfItsArticle(other, in: groups[group])
                else { return nil }
                return group
            }
            guard !reports.contains(index) else { continue }
            let mates = groups[index].filter { $0.article.id == fact.article.id && $0.claim.id != fact.claim.id }
            guard !Self.hasNamedRival(fact, among: mates) else { continue }
            let targets = Set(reports).filter { target in
                !groups[target].contains { $0.article.id == fact.article.id && !Self.sameStatedFigure($0, fact) }
                    && Self.kindFits(fact, groups[target])
                    && !groups[target].contains { Self.kindsApart(Kind(fact), Kind($0), measureless: true) }
            }
            guard targets.count == 1, let target = targets.first,
                let position = groups[index].firstIndex(where: { $0.claim.id == fact.claim.id })
            else { continue }
            groups[target].append(groups[index].remove(at: position))
            home[fact.claim.id] = target
            moved = true
        }
        guard moved else { return groups }
        groups.removeAll(where: \.isEmpty)
        return groups
    }

    /// Whether a figure is one of its article's parts in its group: the article gives the group a larger number too
    /// ("etwa 3.100 Einwohner aus Senna-Süd und etwa 1.700 aus Korvik" beside its 4,800 evacuated). A part's number
    /// is no evidence for a lone figure of that size elsewhere ("rund 1.700 Menschen können heimkehren").
    static func isPartOfItsArticle(_ fact: ClaimFacts, in group: [ClaimFacts]) -> Bool {
        guard let value = statedValue(fact) else { return false }
        return group.contains { member in
            member.article.id == fact.article.id
                && (statedValue(member) ?? 0) > value * (1 + QuantityInterval.aboutTolerance)
        }
    }

    /// Whether a figure may move to the group of its number: it has no measure but a unit (a bare number says nothing of
    /// what it counts: two phones' "5,5"-inch screens in two reviews are no evidence of one thing), is neither a part nor
    /// a further batch, and stands outside a denial's sentence.
    static func mayGather(_ fact: ClaimFacts) -> Bool {
        fact.measureKey == "-" && fact.unitKey != "-" && !fact.subset && !fact.sharedFurther && !fact.inDenialSentence
    }
}

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
    /// A figure with a measure moves so too when at least two other articles state its number in a group of no figure
    /// of its measure (``outweighsItsMeasure(_:in:)``, round 35): two reports of "about 40 officers" deployed outweigh
    /// one report's reading of "Etwa 40 Beamte" as arrested, which its own words gave it.
    ///
    /// - Complexity: O(n) for n figures, plus the figures of one number per figure (figures indexed by number).
    static func gatheringFiguresToTheirNumbers(_ groups: [[ClaimFacts]]) -> [[ClaimFacts]] {
        var groups = groups
        var byNumber: [Int: [ClaimFacts]] = [:]
        var home: [String: Int] = [:]
        // Number → the groups holding a figure of it, with how many: a figure whose number no other group holds has
        // nowhere to go, which spares the search of its reports (a story of a thousand reports of one figure).
        var groupsOfNumber: [Int: [Int: Int]] = [:]
        // Group → article → the largest number the article states there: whether a figure is one of its article's
        // parts in a group is then one look-up, not a pass over the group per figure and report.
        var largest = groups.map(Self.largestNumberOfEachArticle)
        for (index, group) in groups.enumerated() {
            for fact in group {
                home[fact.claim.id] = index
                guard let value = Self.statedValue(fact), Self.isDistinctive(value) else { continue }
                byNumber[Self.numberKey(value), default: []].append(fact)
                groupsOfNumber[Self.numberKey(value), default: [:]][index, default: 0] += 1
            }
        }
        // One figure at a time, each seeing the moves before it: two reports of one number that sit in each other's
        // groups meet once, not swap places.
        var moved = false
        for fact in groups.joined() where Self.mayGather(fact) || Self.mayGatherAgainstItsMeasure(fact) {
            let measured = fact.measureKey != "-"
            guard let index = home[fact.claim.id], let value = Self.statedValue(fact), Self.isDistinctive(value) else { continue }
            let key = Self.numberKey(value)
            guard groupsOfNumber[key]?.keys.contains(where: { $0 != index }) == true, let sameNumber = byNumber[key],
                !Self.isPart(fact, given: largest[index])
            else { continue }
            let reports = sameNumber.compactMap { other -> Int? in
                guard other.article.id != fact.article.id, other.unitKey == fact.unitKey, !other.subset,
                    !other.sharedFurther, Self.sameStatedFigure(other, fact), let group = home[other.claim.id],
                    !Self.isPart(other, given: largest[group])
                else { return nil }
                return group
            }
            guard !reports.contains(index) else { continue }
            let mates = groups[index].filter { $0.article.id == fact.article.id && $0.claim.id != fact.claim.id }
            guard !Self.hasNamedRival(fact, among: mates) else { continue }
            let targets = Set(reports).filter { target in
                guard !measured || Self.outweighsItsMeasure(fact, in: groups[target]) else { return false }
                return !groups[target].contains { $0.article.id == fact.article.id && !Self.sameStatedFigure($0, fact) }
                    && Self.kindFits(fact, groups[target])
                    && !groups[target].contains { Self.kindsApart(Kind(fact), Kind($0), measureless: true) }
            }
            guard targets.count == 1, let target = targets.first,
                let position = groups[index].firstIndex(where: { $0.claim.id == fact.claim.id })
            else { continue }
            groups[target].append(groups[index].remove(at: position))
            home[fact.claim.id] = target
            largest[index] = Self.largestNumberOfEachArticle(groups[index])
            largest[target] = Self.largestNumberOfEachArticle(groups[target])
            groupsOfNumber[key]?[index]? -= 1
            if groupsOfNumber[key]?[index] == 0 { groupsOfNumber[key]?[index] = nil }
            groupsOfNumber[key, default: [:]][target, default: 0] += 1
            moved = true
        }
        guard moved else { return groups }
        groups.removeAll(where: \.isEmpty)
        return groups
    }

    /// Whether a figure is one of its article's parts in its group: the article gives the group a larger number too
    /// ("etwa 3.100 Einwohner aus Senna-Süd und etwa 1.700 aus Korvik" beside its 4,800 evacuated). A part's number
    /// is no evidence for a lone figure of that size elsewhere ("rund 1.700 Menschen können heimkehren").
    /// - Parameter largest: the largest number each article states in the group (``largestNumberOfEachArticle(_:)``).
    static func isPart(_ fact: ClaimFacts, given largest: [String: Double]) -> Bool {
        guard let value = statedValue(fact), let largestOfArticle = largest[fact.article.id] else { return false }
        return largestOfArticle > value * (1 + QuantityInterval.aboutTolerance)
    }

    /// The largest number each article states in a group (a figure without a stated number counts as 0).
    static func largestNumberOfEachArticle(_ group: [ClaimFacts]) -> [String: Double] {
        var largest: [String: Double] = [:]
        for member in group {
            let value = statedValue(member) ?? 0
            largest[member.article.id] = max(largest[member.article.id] ?? value, value)
        }
        return largest
    }

    /// Whether a figure with a measure may move to the group of its number as well (round 35): its number is the
    /// evidence where two reports outweigh the measure one report's words gave it ("Etwa 40 Beamte" read as arrested
    /// beside three reports of about 40 officers deployed; "38.000 Hennen" culled beside two reports of 38,000 laying
    /// hens). Neither a part, a further batch, a combined measure, a figure its sentence sets apart
    /// (``ClaimFacts/distinction``) nor one in a denial's sentence.
    static func mayGatherAgainstItsMeasure(_ fact: ClaimFacts) -> Bool {
        fact.measureKey != "-" && fact.unitKey != "-" && !fact.subset && !fact.sharedFurther && !fact.inDenialSentence
            && fact.distinction.isEmpty && fact.scope != .additional && !fact.broaderMeasure
    }

    /// Whether a group outweighs the measure of a figure that states its number: no figure of the group has that
    /// measure, and at least two other articles state the figure's number there.
    /// - Complexity: O(m) in the size of the group.
    static func outweighsItsMeasure(_ fact: ClaimFacts, in group: [ClaimFacts]) -> Bool {
        guard !group.contains(where: { $0.measureKey == fact.measureKey }) else { return false }
        let articles = Set(group.filter { $0.article.id != fact.article.id && sameStatedFigure($0, fact) }.map(\.article.id))
        return articles.count >= 2
    }

    /// Whether a figure may move to the group of its number: it has no measure but a unit (a bare number says nothing of
    /// what it counts: two phones' "5,5"-inch screens in two reviews are no evidence of one thing), is neither a part nor
    /// a further batch, and stands outside a denial's sentence.
    static func mayGather(_ fact: ClaimFacts) -> Bool {
        fact.measureKey == "-" && fact.unitKey != "-" && !fact.subset && !fact.sharedFurther && !fact.inDenialSentence
    }
}

import Foundation
import ParallaxModel

/// Summed parts: a report that splits a count into two parts states, in sum, the total another report gives
/// ("32 buses were cancelled and 18 ran late" beside "50 buses"; "120 Häuser in Nordheim, 80 in Südheim" beside "rund
/// 200 Häuser"; "elf Patienten in der Uniklinik, weitere zwölf im Kreiskrankenhaus" beside "23 in hospital"). The parts
/// belong in the total's group, where the status judge explains them as parts (``StatusJudge``'s part explanation)
/// instead of leaving each in a group of its own.
extension FigureClusters {
    /// How close the sum of two parts must come to a total: within 1 % of the sum (the parts of a count add up to
    /// it, where a looser match would be chance).
    static let summedPartsTolerance = 0.01
    /// The least share of the total the smaller part must be: a tenth.
    static let smallestPartShare = 0.1

    /// Joins the groups of two figures of one article with the group of another article's figure that their sum
    /// states (within ``summedPartsTolerance``), and the smaller part is at least ``smallestPartShare`` of the sum. All
    /// three count one unit (a count unit, ``isCountUnit(_:)``: shares, money and measurements are left out, as their
    /// numbers add up by chance), the parts are stated values (not bounds), and the total is distinctive
    /// (``isDistinctive(_:)``). The two parts have one measure or a measure on one of them only, and the total the
    /// same measure or none: "26 dead and 20 injured" are not "46 injured". No other article tells the groups
    /// apart (``articlesTellApart(_:_:)``), except an article that itself states parts adding up to the total.
    ///
    /// - Complexity: O(n log n + Σ k² log n) for n figures and k figures of one article and unit (the sum of each
    ///   pair is looked up among the totals sorted by value).
    static func joiningSummedParts(_ groups: [[ClaimFacts]]) -> [[ClaimFacts]] {
        var parts: [String: [SummedFigure]] = [:]
        var totals: [String: [SummedFigure]] = [:]
        for (index, group) in groups.enumerated() {
            for fact in group where fact.claim.kind == .quantity && isCountUnit(fact.unitKey) {
                guard fact.equivalentOf == nil, let value = statedValue(fact), value > 0 else { continue }
                // A bound ("more than 400") states no number that parts add up to, nor a part of one.
                guard fact.claim.quantity?.value != nil,
                    [.exact, .about].contains(fact.claim.quantity?.qualifier)
                else { continue }
                let figure = SummedFigure(group: index, fact: fact, value: value)
                // A further batch ("weitere zwölf") is a second part, never a total.
                if isDistinctive(value) && fact.scope != .additional {
                    totals[fact.unitKey, default: []].append(figure)
                }
                parts[fact.article.id + "|" + fact.unitKey, default: []].append(figure)
            }
        }
        guard !totals.isEmpty else { return groups }
        for unit in totals.keys { totals[unit]!.sort { $0.value < $1.value } }
        var sets = GroupUnion(count: groups.count)
        var joined = false
        for key in parts.keys.sorted() {
            let figures = parts[key]!
            guard figures.count > 1, let unit = figures.first?.fact.unitKey, let candidates = totals[unit] else {
                continue
            }
            for (offset, first) in figures.enumerated() {
                for second in figures[(offset + 1)...] {
                    guard let measure = sharedMeasure(first.fact.measureKey, second.fact.measureKey) else { continue }
                    let sum = first.value + second.value
                    // A small figure beside a large one adds nothing the tolerance would notice (412 and 2 "state" 414).
                    guard min(first.value, second.value) >= smallestPartShare * sum,
                        // A report that gives the total beside its parts tells them apart as facts of their own
                        // ("64 Bergleute", 23 of them trapped and 41 brought out).
                        !figures.contains(where: { abs($0.value - sum) <= summedPartsTolerance * sum })
                    else { continue }
                    var index = firstIndex(in: candidates, atLeast: sum * (1 - summedPartsTolerance))
                    while index < candidates.count, candidates[index].value <= sum * (1 + summedPartsTolerance) {
                        let total = candidates[index]
                        index += 1
                        guard total.fact.article.id != first.fact.article.id,
                            sharedMeasure(measure, total.fact.measureKey) != nil
                        else { continue }
                        let members = [first.group, second.group, total.group]
                        guard Set(members.map { sets.root($0) }).count > 1,
                            !partsToldApart(members.map { groups[$0] }, total: total.value)
                        else { continue }
                        sets.join(first.group, total.group)
                        sets.join(second.group, total.group)
                        joined = true
                    }
                }
            }
        }
        return joined ? sets.merging(groups) : groups
    }

    /// The position of the first figure of `sorted` (by value) whose value is at least `value`.
    private static func firstIndex(in sorted: [SummedFigure], atLeast value: Double) -> Int {
        var (low, high) = (0, sorted.count)
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle].value < value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The measure two figures share: the same one, or the one of them that has a measure (`-` is none).
    static func sharedMeasure(_ left: String, _ right: String) -> String? {
        if left == right || right == "-" { return left }
        return left == "-" ? right : nil
    }

    /// Whether an article tells two of the groups apart (``articlesTellApart(_:_:)``) without itself giving parts
    /// that add up to `total`: such an article states the parts in their groups, not two other things.
    static func partsToldApart(_ groups: [[ClaimFacts]], total: Double) -> Bool {
        let facts = Array(groups.joined())
        let summing = Set(
            Set(facts.map(\.article.id)).filter { article in
                let values = facts.filter { $0.article.id == article && $0.claim.quantity?.value != nil }
                    .compactMap(statedValue)
                return values.indices.contains { i in
                    values[(i + 1)...].contains { abs($0 + values[i] - total) <= summedPartsTolerance * total }
                }
            })
        let others = groups.map { $0.filter { !summing.contains($0.article.id) } }
        for (offset, left) in others.enumerated() {
            for right in others[(offset + 1)...] where articlesTellApart(left, right) { return true }
        }
        return false
    }
}

/// A count figure of ``FigureClusters/joiningSummedParts(_:)``: its group, its facts and its stated value.
private struct SummedFigure {
    var group: Int
    var fact: ClaimFacts
    var value: Double
}

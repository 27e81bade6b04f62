import Foundation
import ParallaxModel

/// The value a count rose from, in the group of the value it rose to.
extension FigureClusters {
    /// Joins the group of a figure its sentence names as the value a count rose from (``ClaimFacts/risesTo``,
    /// ``ClaimGrouper/markingRises(_:)``) to the group of the value it rose to, when every figure of the first group
    /// states that earlier number: "31,500 players …, up from about 28,000" tells that the 28,000 other reports give
    /// is the same count, earlier (``StatusJudge`` reads it as an earlier figure). A group that also holds other
    /// numbers is left where it is.
    /// - Complexity: O(n) for n figures; nothing unless a figure rose.
    static func joiningRises(_ groups: [[ClaimFacts]]) -> [[ClaimFacts]] {
        guard groups.contains(where: { $0.contains { $0.risesTo != nil } }) else { return groups }
        var groupOfClaim: [String: Int] = [:]
        for (index, group) in groups.enumerated() {
            for fact in group { groupOfClaim[fact.claim.id] = index }
        }
        var sets = GroupUnion(count: groups.count)
        var joined = false
        for (index, group) in groups.enumerated() {
            for fact in group {
                guard let risen = fact.risesTo, let target = groupOfClaim[risen], sets.root(target) != sets.root(index),
                    group.allSatisfy({ sameValue($0, fact) || sameStatedFigure($0, fact) })
                else { continue }
                sets.join(index, target)
                joined = true
            }
        }
        return joined ? sets.merging(groups) : groups
    }
}

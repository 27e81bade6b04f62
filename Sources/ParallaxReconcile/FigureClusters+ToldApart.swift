import Foundation
import ParallaxModel

/// Another report as evidence where the measure is missing: an outlet that gives two numbers as two figures ("deposits of
/// €2.4 billion … a pledge of €1.5 billion") tells the two things apart for every report of the story.
extension FigureClusters {
    /// Whether another article tells a figure left without a measure apart from group `index`: that article states the
    /// figure's distinctive number (in its unit) and gives the group a figure, but none of the figure's number, and the
    /// group holds the number from no other article either.
    ///
    /// A figure without a measure joins a group of its size (within a factor of three for counts and money): two sums of
    /// money or two counts of one story within that range are often rival reports of one thing, and as often two things
    /// — a reinforcement's cost beside the damage, the deposits beside the pledge that covers them. An outlet that
    /// states both numbers side by side, as two figures, is the evidence a fact-checker reads first: the figure is the
    /// other thing that outlet names, not a rival of the group's. ``givesGroupNumberElsewhere(_:_:)`` reads the same
    /// evidence from the figure's own article; this reads it from the others. A number below twenty
    /// (``isDistinctive(_:)``) counts too many things by chance to tell anything apart.
    /// - Complexity: O(a) for the a articles with figures in the group, plus their figures in it where one states the
    ///   figure's number elsewhere.
    func anotherArticleTellsApart(_ fact: ClaimFacts, _ index: Int) -> Bool {
        guard let value = Self.statedValue(fact), Self.isDistinctive(value) else { return false }
        let key = Self.numberKey(value)
        if numbersOfGroup[index][key]?.contains(where: { $0 != fact.article.id }) == true { return false }
        for (article, members) in byArticle[index] where article != fact.article.id {
            guard numbersOfArticle[article + "|" + fact.unitKey]?.contains(key) == true else { continue }
            if !members.contains(where: { Self.sameStatedFigure($0, fact) }) { return true }
        }
        return false
    }
}

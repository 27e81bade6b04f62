import Foundation
import ParallaxModel

/// A figure set against a known figure of the same thing in its own sentence: "boarding records for 497 people, far more
/// than the 412 the operator declared"; "5,1 Millionen Euro – deutlich mehr als die 3,8 Millionen Euro, von denen die
/// Staatsanwaltschaft ausgegangen war". A comparative with the definite article right before the second number
/// ("more than the", "mehr als die": `compared-more` and `compared-less` in `parts.tsv`) names a figure the reader has
/// heard — another count of the thing the first figure counts — where "more than 400" without the article is only a bound.
extension FigureClusters {
    /// Comparisons that make the figure before them the larger ("more than the", "mehr als die").
    static let comparedMoreCues = ReconcileLexicon.partWords("compared-more").sorted()

    /// Comparisons that make the figure before them the smaller ("fewer than the", "weniger als die").
    static let comparedLessCues = ReconcileLexicon.partWords("compared-less").sorted()

    /// Joins the groups of a figure and the known figure its sentence compares it with: the figure right before the
    /// comparison in the same sentence, of the same unit and of the same measure (or one of the two without one), larger
    /// for "more than the" and smaller for "fewer than the" — rival figures of one thing, one group whose status is
    /// conflicting. A size ("more than the 450 it was licensed for") and a figure of another stated day (an earlier count
    /// the update outgrew, which the time tells apart already) keep their groups.
    /// - Complexity: O(n · k) for n figures and k figures of one sentence.
    static func joiningComparedFigures(_ groups: [[ClaimFacts]]) -> [[ClaimFacts]] {
        var groupOf: [String: Int] = [:]
        for (index, group) in groups.enumerated() {
            for fact in group { groupOf[fact.claim.id] = index }
        }
        let bySentence = ClaimFacts.figuresBySentence(groups.flatMap { $0 })
        var sets = GroupUnion(count: groups.count)
        var joined = false
        for group in groups {
            for known in group {
                guard let larger = comparisonDirection(known), let value = statedValue(known),
                    let compared = known.figuresBefore(in: bySentence).last(where: { $0.unitKey == known.unitKey }),
                    let comparedValue = statedValue(compared), larger == (comparedValue > value),
                    comparedValue != value, comparable(compared, known),
                    let left = groupOf[known.claim.id], let right = groupOf[compared.claim.id],
                    sets.root(left) != sets.root(right),
                    !anotherArticleSetsFarApart(groups[left], groups[right], comparing: known.article.id)
                else { continue }
                sets.join(left, right)
                joined = true
            }
        }
        return joined ? sets.merging(groups) : groups
    }

    /// Whether the figure is the known figure of a comparison: `true` when the figure before it is the larger ("more
    /// than the 412"), `false` when the smaller, `nil` when no comparison stands right before its number.
    static func comparisonDirection(_ fact: ClaimFacts) -> Bool? {
        if ClaimGrouper.hasCue(fact, before: comparedMoreCues, reach: 24) { return true }
        if ClaimGrouper.hasCue(fact, before: comparedLessCues, reach: 24) { return false }
        return nil
    }

    /// Whether an article other than the comparing one gives figures in both groups that lie more than a factor of three
    /// apart (``rivalCloseness``): a report gives one figure of a thing, or rivals close to each other, so it tells the
    /// two groups apart ("Organisationen mit mehr als einer Million Euro Spendeneinnahmen" beside the 5.1 million paid).
    static func anotherArticleSetsFarApart(_ left: [ClaimFacts], _ right: [ClaimFacts], comparing article: String) -> Bool {
        let rightByArticle = Dictionary(grouping: right.filter { $0.article.id != article }, by: \.article.id)
        return left.contains { fact in
            (rightByArticle[fact.article.id] ?? []).contains { closeness(stated(fact), stated($0)) < rivalCloseness }
        }
    }

    /// Whether two figures of a comparison may count one thing: the same measure or one without one, neither a size,
    /// and not dated to different days.
    static func comparable(_ figure: ClaimFacts, _ known: ClaimFacts) -> Bool {
        guard figure.measureKey == known.measureKey || figure.measureKey == "-" || known.measureKey == "-" else { return false }
        guard figure.measureKey != "size", known.measureKey != "size" else { return false }
        return !differentTimes(figure, known)
    }
}

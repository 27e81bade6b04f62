import Foundation
import ParallaxModel

/// Restated figures: a report that gives one count twice — in its headline and its body, or once with one noun and
/// once with another ("212.000 Kunden" in the lead, "rund 212.000 Haushalte" below; "the prison's 640 inmates" and
/// "now holds 640") — states one figure, however the claims stage read the two mentions.
extension FigureClusters {
    /// Joins two groups when one article states the same distinctive count (``isDistinctive(_:)``; a count unit,
    /// ``isCountUnit(_:)``) in both (``restates(_:_:)``) and no article tells the two groups apart (gives figures in both
    /// without a number they share). A writer does not give one number of one kind of thing for two different things
    /// of the same story without saying so; the measure and the noun are the extractor's reading of the words around
    /// each mention, and they differ between a headline and a body, or between "customers" and "households", where the
    /// number does not. Runs last among the joining passes, on the groups the other rules have settled.
    ///
    /// Figures that are a part ("12 of them"), a further batch or a sum's part do not restate a figure; nor does a
    /// share, a sum of money or a measurement, whose numbers recur in one report for different things ("20 Prozent" of
    /// two parties, "25 Millionen Euro" spent and pledged), nor a whole number below 20 ("zwei Tote", "zwei Verletzte").
    /// A figure marked as a distinct thing of its sentence (``ClaimFacts/distinction``: "Platz für etwa 5.000 Personen", a
    /// capacity) restates only one of the same mark: "mehr als 5.000 Schutzsuchende" expected are not the places.
    /// - Complexity: O(n log n) for n figures (figures keyed by article and number).
    static func joiningRestatedFigures(_ groups: [[ClaimFacts]]) -> [[ClaimFacts]] {
        var mentions: [String: Set<Int>] = [:]
        for (index, group) in groups.enumerated() {
            for fact in group where isRestatable(fact) {
                guard let value = statedValue(fact) else { continue }
                mentions[fact.article.id + "|" + String(numberKey(value)), default: []].insert(index)
            }
        }
        var sets = GroupUnion(count: groups.count)
        var joined = false
        for (key, indices) in mentions.sorted(by: { $0.key < $1.key }) where indices.count > 1 {
            let article = String(key.prefix { $0 != "|" })
            let sorted = indices.sorted()
            for other in sorted.dropFirst() {
                let first = sorted[0]
                guard sets.root(first) != sets.root(other),
                    restates(groups[first], groups[other], article: article),
                    !articlesTellApart(groups[first], groups[other])
                else { continue }
                sets.join(first, other)
                joined = true
            }
        }
        return joined ? sets.merging(groups) : groups
    }

    /// Whether a figure can restate another: a whole count of a count unit, with a distinctive number.
    static func isRestatable(_ fact: ClaimFacts) -> Bool {
        guard fact.claim.kind == .quantity, !fact.subset, !fact.sharedFurther, fact.scope != .additional,
            fact.equivalentOf == nil, isCountUnit(fact.unitKey),
            let value = statedValue(fact)
        else { return false }
        return isDistinctive(value)
    }

    /// Whether `article` states one figure of `left` again in `right` (the same number, ``sameStatedFigure(_:_:)``).
    static func restates(_ left: [ClaimFacts], _ right: [ClaimFacts], article: String) -> Bool {
        let mine = left.filter { $0.article.id == article && isRestatable($0) }
        return right.contains { fact in
            fact.article.id == article && isRestatable(fact)
                && mine.contains { restates($0, fact) }
        }
    }

    /// Whether two figures of one article can be one figure stated twice: the same number (``sameStatedFigure(_:_:)``)
    /// of one unit, or of two units that both count people (``ReconcileLexicon/peopleUnits``); the same measure or
    /// a measure on one of them only — a label left out contradicts nothing, where two labels ("30 Tote", "30
    /// Verletzte") name two counts; and the same distinction (``ClaimFacts/distinction``), or none on either.
    static func restates(_ left: ClaimFacts, _ right: ClaimFacts) -> Bool {
        guard left.measureKey == right.measureKey || left.measureKey == "-" || right.measureKey == "-" else {
            return false
        }
        let people = ReconcileLexicon.peopleUnits
        guard left.unitKey == right.unitKey || (people.contains(left.kindUnit) && people.contains(right.kindUnit))
        else {
            return false
        }
        guard left.distinction == right.distinction else { return false }
        return sameStatedFigure(left, right)
    }

    /// Whether an article gives figures in both groups and none of them with the same number.
    static func articlesTellApart(_ left: [ClaimFacts], _ right: [ClaimFacts]) -> Bool {
        let rightByArticle = Dictionary(grouping: right, by: \.article.id)
        for (article, mine) in Dictionary(grouping: left, by: \.article.id) {
            guard let theirs = rightByArticle[article] else { continue }
            if !mine.contains(where: { fact in theirs.contains { sameStatedFigure(fact, $0) } }) { return true }
        }
        return false
    }
}

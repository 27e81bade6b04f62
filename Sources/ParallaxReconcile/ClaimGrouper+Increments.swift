import ParallaxModel

/// Increments of a count that grew: an article that gives a total and a smaller figure of one measure and unit
/// ("Zwei Schwerverletzte starben im Klinikum … die Zahl der Todesopfer ist auf acht gestiegen") reports the smaller
/// one as what was added to the earlier count when the difference is a figure another article gave before (the six
/// dead of the first day): 6 + 2 = 8. Such a figure is a further batch, explained beside the totals by the status
/// judge, not a rival count of the dead.
extension ClaimGrouper {
    /// The facts with ``ClaimFacts/scope`` `.additional` on such increments. Only exact figures and whole counts of
    /// people or things; the earlier figure must come from another article and refer to an earlier day.
    /// - Complexity: O(n + Σ k² · a) for n figures, k figures of one measure and unit per article and a articles
    ///   stating one value (earlier figures indexed by measure, unit and value).
    static func markingIncrements(_ facts: [ClaimFacts]) -> [ClaimFacts] {
        func key(_ fact: ClaimFacts) -> String { fact.measureKey + "|" + fact.unitKey }
        func exactValue(_ fact: ClaimFacts) -> Double? {
            guard fact.claim.kind == .quantity, fact.claim.quantity?.qualifier == .exact || fact.claim.quantity?.qualifier == .atLeast,
                fact.measureKey != "-", FigureClusters.isCountUnit(fact.unitKey), !fact.subset, fact.distinction.isEmpty
            else { return nil }
            return fact.claim.quantity?.value
        }
        // The articles and days that state each whole value, by measure, unit and value.
        func valueKey(_ key: String, _ value: Double) -> String { key + "|" + String(Int(value.rounded())) }
        var stated: [String: [(article: String, day: Int)]] = [:]
        var byArticle: [String: [Int]] = [:]
        for (index, fact) in facts.enumerated() {
            guard let value = exactValue(fact), let day = fact.referenceDay else { continue }
            stated[valueKey(key(fact), value), default: []].append((fact.article.id, day))
            byArticle[fact.article.id + "|" + key(fact), default: []].append(index)
        }
        var increments = Set<Int>()
        for indices in byArticle.values where indices.count > 1 {
            for small in indices where facts[small].scope == nil {
                guard let part = exactValue(facts[small]), let day = facts[small].referenceDay else { continue }
                let grown = indices.contains { large in
                    guard let total = exactValue(facts[large]), total > part, facts[large].referenceDay == day else { return false }
                    return (stated[valueKey(key(facts[small]), total - part)] ?? []).contains { earlier in
                        earlier.article != facts[small].article.id && earlier.day < day
                    }
                }
                if grown { increments.insert(small) }
            }
        }
        guard !increments.isEmpty else { return facts }
        var marked = facts
        for index in increments { marked[index].scope = .additional }
        return marked
    }
}

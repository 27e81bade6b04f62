/// Accumulates an article's keys, their counts, first surfaces and the order of facts.
struct TermCollector {
    private var counts: [UInt64: Float] = [:]
    private var surfaces: [UInt64: String] = [:]
    private var order: [UInt64] = []
    private(set) var facts: [ArticleFeatures.Fact] = []
    private var factKeys: Set<UInt64> = []
    let maximumFacts: Int

    /// The text each key was first written as.
    var surfaceByKey: [UInt64: String] { surfaces }

    init(maximumFacts: Int) {
        self.maximumFacts = maximumFacts
    }

    /// Counts one occurrence of `key`, weighted by `weight` (below 1 for uncertain evidence).
    mutating func add(key: UInt64, surface: String, isFact: Bool, weight: Float = 1) {
        if counts[key] == nil {
            order.append(key)
            surfaces[key] = surface
        }
        counts[key, default: 0] += weight
        if isFact, facts.count < maximumFacts, factKeys.insert(key).inserted {
            facts.append(ArticleFeatures.Fact(key: key, label: surface))
        }
    }

    /// The `limit` heaviest terms (count × kind weight, first occurrence breaking ties), sorted by key.
    func topTerms(_ limit: Int, ranked: [UInt64]) -> [ArticleFeatures.Term] {
        ranked.prefix(limit).map { ArticleFeatures.Term(key: $0, count: counts[$0] ?? 0) }
            .sorted { $0.key < $1.key }
    }

    /// The surfaces of the heaviest non-figure terms, for labels.
    func keywords(_ limit: Int, ranked: [UInt64]) -> [String] {
        var seen: Set<String> = []
        var result: [String] = []
        for key in ranked where (key & 3) != ArticleFeatures.Kind.figure.rawValue {
            guard let surface = surfaces[key], surface.count >= 3, seen.insert(surface.lowercased()).inserted else {
                continue
            }
            result.append(surface)
            if result.count == limit { break }
        }
        return result
    }

    /// Keys by weight (count × kind weight), first occurrence breaking ties.
    func ranked() -> [UInt64] {
        let weighted = order.enumerated().map { position, key in
            (key: key, weight: (counts[key] ?? 0) * (ArticleFeatures.Kind(rawValue: key & 3) ?? .stem).weight, position: position)
        }
        return weighted.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.position < $1.position }.map(\.key)
    }
}

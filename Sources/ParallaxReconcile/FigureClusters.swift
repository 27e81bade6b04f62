import ParallaxModel

/// Clusters the figures (quantity claims) of one story into groups that count the same thing.
///
/// Figures are keyed by measure, unit family and scope (a further batch never joins a total). Subjects
/// are not part of the key: extracted subjects are too often a place, a source or a stray name for the
/// same figure. Within a key, an article's own shares tell its things apart: two different percentages
/// one article gives for the same time (41.2 % for one party, 33.8 % for another) are two things, unless
/// two sources give them (the union's figure against the operator's) or they are dated differently (an
/// earlier figure and its update). Counts are not split so: a smaller count beside a larger one in one
/// article is mostly a part of it (38 dead in one town of 97 in all), which the contract calls
/// compatible, in one group. Every other figure joins the group whose values and words are closest.
///
/// A figure without a measure joins the closest group of its unit and scope, whatever the measure, when
/// that group's figures are of its size (within a factor of three) and its own article gives the group no
/// other value (`68` beside `150 seats` in "68 of the 150 seats").
///
/// - Complexity: O(n · g) for n figures and g groups per key; each group keeps its figures by article
///   and its context words, so a figure is compared with one article's figures only.
struct FigureClusters {
    /// The groups, in the order of their first figure in the input.
    private(set) var groups: [[ClaimFacts]] = []

    private var byArticle: [[String: [ClaimFacts]]] = []
    private var wordsOfGroup: [Set<String>] = []
    private var words: [String: Set<String>] = [:]
    private var buckets: [String: [Int]] = [:]

    init(_ facts: [ClaimFacts]) {
        for fact in facts { words[fact.claim.id] = Self.contextWords(fact) }
        for fact in Self.seedingOrder(facts.filter { $0.measureKey != "-" }) {
            let key = Self.key(fact, measure: fact.measureKey)
            let index = closestGroup(for: fact, among: buckets[key] ?? [], measureless: false)
            let placed = place(fact, in: index)
            if index == nil { buckets[key, default: []].append(placed) }
        }
        for fact in facts where fact.measureKey == "-" {
            let suffix = Self.key(fact, measure: "")
            let candidates = buckets.filter { $0.key.hasSuffix(suffix) }.flatMap(\.value).sorted()
            let index = closestGroup(for: fact, among: candidates, measureless: true)
            let placed = place(fact, in: index)
            if index == nil { buckets[Self.key(fact, measure: "-"), default: []].append(placed) }
        }
        let position = Dictionary(facts.enumerated().map { ($1.claim.id, $0) }, uniquingKeysWith: { a, _ in a })
        groups.sort { left, right in
            (left.compactMap { position[$0.claim.id] }.min() ?? 0) < (right.compactMap { position[$0.claim.id] }.min() ?? 0)
        }
    }

    /// The grouping key of a figure: measure, unit family and scope.
    static func key(_ fact: ClaimFacts, measure: String) -> String {
        "\(measure)|\(fact.unitKey)|\(fact.scope == .additional ? "additional" : "base")"
    }

    private mutating func place(_ fact: ClaimFacts, in index: Int?) -> Int {
        let target = index ?? groups.count
        if target == groups.count {
            groups.append([])
            byArticle.append([:])
            wordsOfGroup.append([])
        }
        groups[target].append(fact)
        byArticle[target][fact.article.id, default: []].append(fact)
        wordsOfGroup[target].formUnion(words[fact.claim.id] ?? [])
        return target
    }

    /// Figures in the order they seed groups: within each key, the figures of the articles that give the
    /// most different values first (they tell the things apart), then the rest in input order, so that a
    /// lone figure meets every group before it chooses one.
    static func seedingOrder(_ facts: [ClaimFacts]) -> [ClaimFacts] {
        let keys = facts.map { key($0, measure: $0.measureKey) + "|" + $0.article.id }
        var members: [String: [Int]] = [:]
        for (index, key) in keys.enumerated() { members[key, default: []].append(index) }
        var distinct: [String: Int] = [:]
        for (key, indices) in members {
            var values: [Int] = []
            for index in indices where !values.contains(where: { sameValue(facts[$0], facts[index]) }) { values.append(index) }
            distinct[key] = values.count
        }
        let counts = keys.map { distinct[$0] ?? 1 }
        return facts.indices.sorted { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : $0 < $1 }.map { facts[$0] }
    }

    /// The group among `indices` that `fact` belongs to, or `nil` for a new one (see the type's summary).
    private func closestGroup(for fact: ClaimFacts, among indices: [Int], measureless: Bool) -> Int? {
        let splitsShares = fact.unitKey == "percent" || measureless
        let open = indices.filter { index in
            guard splitsShares, let mates = byArticle[index][fact.article.id] else { return true }
            return !mates.contains { mate in
                !Self.sameValue(mate, fact) && !Self.differentTimes(mate, fact) && !Self.differentSources(mate, fact)
            }
        }
        let candidates = measureless
            ? open.filter { index in groups[index].contains { Self.closeness(fact.interval, $0.interval) >= 0.33 } } : open
        guard candidates.count > 1 else { return candidates.first }
        let own = words[fact.claim.id] ?? []
        return candidates.max { left, right in
            (affinity(own, fact, left), right) < (affinity(own, fact, right), left)
        }
    }

    /// How close `fact` is to a group: the best value closeness to one of its figures (1 for overlapping
    /// values, the ratio of the nearer values otherwise) plus half the share of the claim's context words
    /// the group's sentences hold.
    private func affinity(_ own: Set<String>, _ fact: ClaimFacts, _ index: Int) -> Double {
        let closeness = groups[index].map { Self.closeness(fact.interval, $0.interval) }.max() ?? 0
        let shared = own.isEmpty ? 0 : Double(own.intersection(wordsOfGroup[index]).count) / Double(own.count)
        return closeness + 0.5 * shared
    }

    /// 1 when two intervals overlap, else the ratio of the nearer bounds (0 when either is missing).
    static func closeness(_ left: QuantityInterval?, _ right: QuantityInterval?) -> Double {
        guard let left, let right else { return 0 }
        if left.intersection(right) != nil { return 1 }
        let (lower, upper) = left.high < right.low ? (left.high, right.low) : (right.high, left.low)
        guard lower > 0, upper > 0 else { return 0 }
        return min(lower, upper) / max(lower, upper)
    }

    /// Whether two figures give the same numbers.
    static func sameValue(_ left: ClaimFacts, _ right: ClaimFacts) -> Bool {
        guard let a = left.claim.quantity, let b = right.claim.quantity else { return false }
        func same(_ x: Double?, _ y: Double?) -> Bool {
            switch (x, y) {
            case (nil, nil): true
            case let (x?, y?): abs(x - y) <= 0.005 * max(abs(x), abs(y))
            default: false
            }
        }
        return same(a.value, b.value) && same(a.low, b.low) && same(a.high, b.high)
    }

    /// Whether two claims name two different sources (a claim without a source names none).
    static func differentSources(_ left: ClaimFacts, _ right: ClaimFacts) -> Bool {
        guard let a = left.claim.attribution?.source, let b = right.claim.attribution?.source else { return false }
        return a != b
    }

    /// Whether two claims are dated to different days (an earlier figure and its update).
    static func differentTimes(_ left: ClaimFacts, _ right: ClaimFacts) -> Bool {
        guard let a = left.claim.time?.end, let b = right.claim.time?.end else { return false }
        return a != b
    }

    /// The words of a claim's sentence that can tell two figures apart: capitalised words of at least
    /// four letters (names, and German nouns), cut to six letters so that inflected forms meet, and the
    /// claim's subject.
    static func contextWords(_ fact: ClaimFacts) -> Set<String> {
        let sentence = fact.article.sentences.first { $0.id == fact.claim.sentence }?.text ?? fact.claim.text
        var words = Set(
            sentence.split { !$0.isLetter }.filter { $0.count >= 4 && $0.first?.isUppercase == true }
                .map { String($0.lowercased().prefix(6)) })
        if let subject = fact.claim.subject { words.formUnion(ClaimGrouper.tokens(subject)) }
        return words
    }
}

import ParallaxModel

/// Puts together the claims of one story that are about the same thing.
///
/// Quantities join when they count the same thing (same measure, compatible unit) and have the same scope
/// (a further batch never joins a total); a figure without a measure joins the largest group of its unit.
/// Statements join when they make the same assertion (same predicate, overlapping object, or one side
/// unnamed); a denial joins the assertion it denies. Every claim ends up in exactly one group.
struct ClaimGrouper: Sendable {
    /// Token overlap two statement objects need to count as the same assertion.
    var objectOverlapThreshold = 0.5

    /// The groups: quantities first, then statements, each in the order of their first claim.
    func group(_ facts: [ClaimFacts]) -> [[ClaimFacts]] {
        var groups: [[ClaimFacts]] = []
        var quantityGroups: [String: Int] = [:]
        var statementGroups: [Int] = []
        var groupOfClaim: [String: Int] = [:]

        /// Puts `fact` into group `index`, or into a new group when `index` is nil; returns the group.
        @discardableResult
        func place(_ fact: ClaimFacts, in index: Int?) -> Int {
            let target = index ?? groups.count
            if target == groups.count { groups.append([]) }
            groups[target].append(fact)
            groupOfClaim[fact.claim.id] = target
            return target
        }

        // Subjects are not part of the key: extracted subjects are too often a place, a source or a stray
        // name for the same figure. Within a key, an article's own shares tell its things apart: two
        // different percentages one article gives for the same time (41.2 % for one party, 33.8 % for
        // another) are two things, unless two sources give them (the union's figure against the
        // operator's) or they are dated differently (an earlier figure and its update); every other
        // article's share joins the group it is closest to. Counts are not split so: a smaller count
        // beside a larger one in one article is mostly a part of it (38 dead in one town of 97 in all),
        // which the contract calls compatible, in one group.
        var buckets: [String: [Int]] = [:]
        let quantities = facts.filter { $0.claim.kind == .quantity }
        for fact in Self.seedingOrder(quantities.filter { $0.measureKey != "-" }) {
            let key = Self.key(fact, measure: fact.measureKey)
            let index = closestGroup(for: fact, among: buckets[key] ?? [], in: groups)
            let placed = place(fact, in: index)
            if index == nil { buckets[key, default: []].append(placed) }
        }
        // A figure without a measure joins the closest group of its unit and scope, whatever its measure,
        // unless its own article gives that group another value.
        for fact in quantities where fact.measureKey == "-" {
            let suffix = Self.key(fact, measure: "")
            let candidates = buckets.filter { $0.key.hasSuffix(suffix) }.flatMap(\.value).sorted()
            let index = closestGroup(for: fact, among: candidates, in: groups, measureless: true)
            let placed = place(fact, in: index)
            if index == nil { buckets[Self.key(fact, measure: "-"), default: []].append(placed) }
        }
        // Groups in the order of their first claim, whatever order they were seeded in.
        let position = Dictionary(facts.enumerated().map { ($1.claim.id, $0) }, uniquingKeysWith: { a, _ in a })
        let quantityGroupCount = groups.count
        groups[0..<quantityGroupCount].sort { left, right in
            (left.compactMap { position[$0.claim.id] }.min() ?? 0) < (right.compactMap { position[$0.claim.id] }.min() ?? 0)
        }
        groupOfClaim = [:]
        for (index, group) in groups.enumerated() { for fact in group { groupOfClaim[fact.claim.id] = index } }
        let statements = facts.filter { $0.claim.kind == .statement }
        for fact in statements where !fact.isDenial {
            let index = statementGroups.first { sameAssertion(groups[$0].first!, fact) }
            let placed = place(fact, in: index)
            if index == nil { statementGroups.append(placed) }
        }
        for fact in statements where fact.isDenial {
            let target =
                fact.claim.statement?.denies.flatMap { groupOfClaim[$0] }
                ?? bestDeniedGroup(for: fact, among: statementGroups, in: groups)
                ?? largestAccusationGroup(among: statementGroups, in: groups)
            let placed = place(fact, in: target)
            if target == nil { statementGroups.append(placed) }
        }
        return groups
    }

    /// Figures in the order they seed groups: within each grouping key, the figures of the articles that
    /// give the most different values first (they tell the things apart), then the rest in article order,
    /// so that a lone figure meets every group before it chooses one.
    static func seedingOrder(_ facts: [ClaimFacts]) -> [ClaimFacts] {
        var distinct: [String: Int] = [:]
        for (key, members) in Dictionary(grouping: facts, by: { key($0, measure: $0.measureKey) + "|" + $0.article.id }) {
            var values: [ClaimFacts] = []
            for member in members where !values.contains(where: { sameValue($0, member) }) { values.append(member) }
            distinct[key] = values.count
        }
        return facts.enumerated().sorted { left, right in
            let l = distinct[key(left.element, measure: left.element.measureKey) + "|" + left.element.article.id] ?? 1
            let r = distinct[key(right.element, measure: right.element.measureKey) + "|" + right.element.article.id] ?? 1
            return l != r ? l > r : left.offset < right.offset
        }.map(\.element)
    }

    /// The group among `indices` that `fact` belongs to: of the groups holding no other figure of the
    /// same article from the same source for the same time (percentages, and any figure without a measure:
    /// `68` beside `150 seats` in "68 of the 150 seats" is not the 150), the one whose values and words are closest;
    /// `nil` when every group holds such a figure (or there is none).
    private func closestGroup(
        for fact: ClaimFacts, among indices: [Int], in groups: [[ClaimFacts]], measureless: Bool = false
    ) -> Int? {
        let open = indices.filter { index in
            !groups[index].contains { member in
                member.article.id == fact.article.id && (fact.unitKey == "percent" || measureless)
                    && !Self.sameValue(member, fact)
                    && !Self.differentTimes(member, fact) && !Self.differentSources(member, fact)
            }
        }
        // A figure without a measure joins only a group whose figures are of its size (within a factor of
        // three): "about 4.8 million people" is no count of protesters.
        let candidates = measureless
            ? open.filter { index in groups[index].contains { Self.closeness(fact.interval, $0.interval) >= 0.33 } } : open
        guard candidates.count > 1 else { return candidates.first }
        let words = Self.contextWords(fact)
        return candidates.max { left, right in
            (affinity(words, fact, groups[left]), right) < (affinity(words, fact, groups[right]), left)
        }
    }

    /// How close `fact` is to a group: the best value closeness to one of its figures (1 for overlapping
    /// values, the ratio of the nearer values otherwise) plus the share of the claim's context words the
    /// group's sentences hold.
    private func affinity(_ words: Set<String>, _ fact: ClaimFacts, _ group: [ClaimFacts]) -> Double {
        let closeness = group.map { Self.closeness(fact.interval, $0.interval) }.max() ?? 0
        let groupWords = group.reduce(into: Set<String>()) { $0.formUnion(Self.contextWords($1)) }
        let shared = words.isEmpty ? 0 : Double(words.intersection(groupWords).count) / Double(words.count)
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

    /// Whether two quantity claims give the same numbers.
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

    /// The words of a claim's sentence that can tell two figures apart: names and nouns of at least four
    /// letters, cut to six letters so that inflected forms meet.
    static func contextWords(_ fact: ClaimFacts) -> Set<String> {
        let sentence = fact.article.sentences.first { $0.id == fact.claim.sentence }?.text ?? fact.claim.text
        var words = Set(sentence.split { !$0.isLetter }.filter { $0.count >= 4 && $0.first?.isUppercase == true }
            .map { String($0.lowercased().prefix(6)) })
        if let subject = fact.claim.subject { words.formUnion(tokens(subject)) }
        return words
    }

    /// Two statements make the same assertion when they have the same predicate and their objects
    /// overlap — or, inside one story, when one of them leaves its subject or object unnamed ("the region
    /// was recaptured" beside "Russia recaptured the Kursk region").
    private func sameAssertion(_ lhs: ClaimFacts, _ rhs: ClaimFacts) -> Bool {
        guard let left = lhs.claim.statement, let right = rhs.claim.statement else { return false }
        guard left.predicate.lowercased() == right.predicate.lowercased(), !Self.isSpeech(left.predicate) else {
            return false
        }
        guard let leftObject = left.object, let rightObject = right.object else { return true }
        return left.subject == nil || right.subject == nil
            || Self.overlap(leftObject, rightObject) >= objectOverlapThreshold
    }

    private func bestDeniedGroup(for denial: ClaimFacts, among indices: [Int], in groups: [[ClaimFacts]]) -> Int? {
        let deniedText = [denial.claim.statement?.object, denial.claim.text].compactMap { $0 }.joined(separator: " ")
        var best: (index: Int, score: Double)?
        for index in indices {
            guard let assertion = groups[index].first(where: { !$0.isDenial })?.claim.statement,
                !Self.isSpeech(assertion.predicate)
            else { continue }
            let assertionText = [assertion.predicate, assertion.object].compactMap { $0 }.joined(separator: " ")
            let score = Self.overlap(assertionText, deniedText, relativeTo: .left)
            if score >= objectOverlapThreshold, score > (best?.score ?? 0) { best = (index, score) }
        }
        return best?.index
    }

    /// The story's largest group of accusations: what a denial that names nothing else ("wies die
    /// Vorwürfe zurück") contests.
    private func largestAccusationGroup(among indices: [Int], in groups: [[ClaimFacts]]) -> Int? {
        indices.filter { index in
            groups[index].first { !$0.isDenial }?.claim.statement?.predicate == "accused"
        }.max { groups[$0].count < groups[$1].count }
    }

    /// The grouping key of a quantity: measure, unit and scope.
    static func key(_ fact: ClaimFacts, measure: String) -> String {
        "\(measure)|\(fact.unitKey)|\(fact.scope == .additional ? "additional" : "base")"
    }

    /// Predicates of direct speech: quotes are kept apart, one group each.
    static func isSpeech(_ predicate: String) -> Bool {
        ["said", "says", "say", "quote", "stated", "told"].contains(predicate.lowercased())
    }

    enum OverlapBase { case both, left }

    /// Share of shared word tokens (lower-cased, at least three letters): Jaccard, or the share of the
    /// left side's tokens found on the right.
    static func overlap(_ left: String, _ right: String, relativeTo base: OverlapBase = .both) -> Double {
        let a = tokens(left), b = tokens(right)
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        let shared = Double(a.intersection(b).count)
        switch base {
        case .both: return shared / Double(a.union(b).count)
        case .left: return shared / Double(a.count)
        }
    }

    static func tokens(_ text: String) -> Set<String> {
        Set(text.lowercased().split { !$0.isLetter }.filter { $0.count >= 3 }.map { String($0.prefix(6)) })
    }
}

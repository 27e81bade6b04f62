import ParallaxModel

/// The status of one group and the reasons behind it, before they are put into words.
struct GroupVerdict: Sendable {
    var status: ClaimGroup.Status
    /// Claims explained as a part of a total another article gives: (part, addition, total).
    var parts: [(part: ClaimFacts, addition: ClaimFacts, total: ClaimFacts)] = []
    /// Claims explained as earlier figures.
    var earlier: [ClaimFacts] = []
    /// Two claims that cannot both be true, when the status is `conflicting`.
    var conflict: (ClaimFacts, ClaimFacts)?
    /// Assertions and denials, when the status is `disputed`.
    var assertions: [ClaimFacts] = []
    var denials: [ClaimFacts] = []
}

/// Judges a group: agreed, compatible, conflicting, disputed or single-source.
///
/// Quantities are compared through the intervals their qualifiers allow. Before a disagreement counts as
/// a conflict, two explanations are tried: a figure that, with a further batch the same article reports,
/// adds up to another article's total is a part; a figure that refers to a clearly earlier time and is
/// smaller is an earlier figure. What is left must share a common value to be agreed (or compatible, when
/// something was explained away).
struct StatusJudge: Sendable {
    /// Days by which a figure must precede the others to count as an earlier figure.
    var earlierByDays = 14

    func judge(_ group: [ClaimFacts], additions: [ClaimFacts]) -> GroupVerdict {
        let denials = group.filter(\.isDenial)
        if !denials.isEmpty {
            return GroupVerdict(status: .disputed, assertions: group.filter { !$0.isDenial }, denials: denials)
        }
        if Set(group.map(\.article.id)).count < 2 {
            return GroupVerdict(status: .singleSource)
        }
        guard group.first?.claim.kind == .quantity else { return GroupVerdict(status: .agreed) }

        var verdict = GroupVerdict(status: .agreed)
        var residual: [ClaimFacts] = []
        for fact in group {
            if let part = partExplanation(fact, group: group, additions: additions) {
                verdict.parts.append(part)
            } else if isEarlier(fact, than: group) {
                verdict.earlier.append(fact)
            } else {
                residual.append(fact)
            }
        }
        if let conflict = firstConflict(in: residual) {
            verdict.status = .conflicting
            verdict.conflict = conflict
        } else {
            verdict.status = verdict.parts.isEmpty && verdict.earlier.isEmpty ? .agreed : .compatible
        }
        return verdict
    }

    /// `fact` plus a further batch from its own article adds up to a total that another article gives.
    private func partExplanation(
        _ fact: ClaimFacts, group: [ClaimFacts], additions: [ClaimFacts]
    ) -> (part: ClaimFacts, addition: ClaimFacts, total: ClaimFacts)? {
        guard let value = fact.claim.quantity?.representativeValue else { return nil }
        for addition in additions where addition.article.id == fact.article.id {
            guard let extra = addition.claim.quantity?.representativeValue else { continue }
            let sum = value + extra
            for total in group where total.article.id != fact.article.id {
                guard let totalValue = total.claim.quantity?.representativeValue, value < totalValue,
                    Self.close(sum, total)
                else { continue }
                return (fact, addition, total)
            }
        }
        return nil
    }

    private static func close(_ sum: Double, _ total: ClaimFacts) -> Bool {
        guard let value = total.claim.quantity?.representativeValue, value > 0 else { return false }
        return abs(sum - value) / value <= QuantityInterval.aboutTolerance
    }

    /// The figure refers to a time well before every other figure of the group and is not larger.
    private func isEarlier(_ fact: ClaimFacts, than group: [ClaimFacts]) -> Bool {
        guard let day = fact.referenceDay, let value = fact.claim.quantity?.representativeValue else { return false }
        let others = group.filter { $0.article.id != fact.article.id }
        let later = others.filter { ($0.referenceDay ?? Int.min) >= day + earlierByDays }
        guard !later.isEmpty, later.count == others.count else { return false }
        return later.allSatisfy { ($0.claim.quantity?.representativeValue ?? 0) >= value }
    }

    /// The pair of claims from different articles whose intervals lie furthest apart, if any exclude each other.
    private func firstConflict(in facts: [ClaimFacts]) -> (ClaimFacts, ClaimFacts)? {
        var worst: (ClaimFacts, ClaimFacts, Double)?
        for (i, left) in facts.enumerated() {
            for right in facts[(i + 1)...] where right.article.id != left.article.id {
                guard let a = left.interval, let b = right.interval, a.intersection(b) == nil else { continue }
                let gap = max(a.low, b.low) - min(a.high, b.high)
                if gap > (worst?.2 ?? -1) { worst = (left, right, gap) }
            }
        }
        if let worst { return (worst.0, worst.1) }
        // Pairwise overlap is not enough: all of them must share one value.
        let intervals = facts.compactMap(\.interval)
        guard var common = intervals.first else { return nil }
        for interval in intervals.dropFirst() {
            guard let next = common.intersection(interval) else { return (facts[0], facts[1]) }
            common = next
        }
        return nil
    }
}

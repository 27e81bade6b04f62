import ParallaxModel
import ParallaxReconcile

/// Scores reconciliation against gold: pairwise F1 over claim pairs (are two claims in one group?),
/// status accuracy per gold group, and the numbers in briefs that no cited claim supports.
///
/// Only claims that the matcher pairs with a gold claim take part, so that this score measures grouping
/// and judging, not extraction (which the claims section scores); `groups.goldClaimsMatched` says which
/// share of the gold's grouped claims that is, per kind.
public enum GroupEvaluation {
    public static func metrics(for split: EvaluationSplit) -> [EvaluationMetric] {
        var groupOfClaim: [String: ClaimGroup] = [:]
        for group in split.report.groups {
            for claim in group.claims { groupOfClaim[claim] = group }
        }
        let claimsByArticle = Dictionary(grouping: split.report.claims, by: \.article)
        // (gold group, predicted group id, story) for every matched claim.
        var matched: [(gold: String, predicted: String?, story: String)] = []
        // Per kind: gold claims with a group, and how many of them the matcher paired.
        var goldGrouped: [String: Int] = [:]
        var goldMatched: [String: Int] = [:]
        for (article, gold) in split.pairs {
            for pair in ClaimMatcher.match(gold: gold.claims ?? [], extracted: claimsByArticle[article.id] ?? []) {
                guard let goldGroup = pair.gold.group else { continue }
                matched.append((goldGroup, groupOfClaim[pair.extracted.id]?.id, gold.story ?? ""))
                goldMatched[pair.gold.kind, default: 0] += 1
            }
            for claim in gold.claims ?? [] where claim.group != nil { goldGrouped[claim.kind, default: 0] += 1 }
        }
        var pairs = PrecisionRecall()
        for i in matched.indices {
            for j in matched.indices where j > i && matched[i].story == matched[j].story {
                let sameGold = matched[i].gold == matched[j].gold
                let samePredicted = matched[i].predicted != nil && matched[i].predicted == matched[j].predicted
                switch (sameGold, samePredicted) {
                case (true, true): pairs.truePositives += 1
                case (false, true): pairs.falsePositives += 1
                case (true, false): pairs.falseNegatives += 1
                case (false, false): break
                }
            }
        }
        var status = Accuracy()
        let predictedStatus = Dictionary(split.report.groups.map { ($0.id, $0.status.rawValue) }, uniquingKeysWith: { a, _ in a })
        for goldGroup in split.gold.groups ?? [] {
            let predicted = matched.filter { $0.gold == goldGroup.id }.compactMap(\.predicted)
            guard !predicted.isEmpty else { continue }
            let counts = Dictionary(grouping: predicted, by: { $0 }).mapValues(\.count)
            let majority = counts.max { $0.value == $1.value ? $0.key > $1.key : $0.value < $1.value }!.key
            status.add(predictedStatus[majority] == goldGroup.status)
        }
        let unsupported = BriefAudit.unsupportedNumbers(brief: split.report.brief, claims: split.report.claims)
        let coverage = ["quantity", "statement"].compactMap { kind -> EvaluationMetric? in
            guard let total = goldGrouped[kind], total > 0 else { return nil }
            return EvaluationMetric(
                name: "groups.goldMatched.\(kind)", split: split.name,
                value: Double(goldMatched[kind, default: 0]) / Double(total), count: total)
        }
        return coverage + [
            EvaluationMetric(name: "groups.pairPrecision", split: split.name, value: pairs.precision, count: matched.count),
            EvaluationMetric(name: "groups.pairRecall", split: split.name, value: pairs.recall, count: matched.count),
            EvaluationMetric(name: "groups.pairF1", split: split.name, value: pairs.f1, count: matched.count),
            EvaluationMetric(name: "groups.statusAccuracy", split: split.name, value: status.value, count: status.total),
            EvaluationMetric(
                name: "brief.unsupportedNumbers", split: split.name, value: Double(unsupported.count),
                count: split.report.brief.count),
        ]
    }

    /// One line per gold group: the gold status and, for its matched claims, the predicted groups with
    /// their status — for inspecting a development split (never the held-out one).
    public static func misses(for split: EvaluationSplit) -> [String] {
        if wantsDetails { return detailedMisses(for: split) }
        let groupOfClaim = Dictionary(
            split.report.groups.flatMap { group in group.claims.map { ($0, group) } }, uniquingKeysWith: { a, _ in a })
        let claimsByArticle = Dictionary(grouping: split.report.claims, by: \.article)
        var predictedByGold: [String: [String]] = [:]
        for (article, gold) in split.pairs {
            for pair in ClaimMatcher.match(gold: gold.claims ?? [], extracted: claimsByArticle[article.id] ?? []) {
                guard let goldGroup = pair.gold.group else { continue }
                let predicted = groupOfClaim[pair.extracted.id].map { "\($0.id)=\($0.status.rawValue)" } ?? "none"
                predictedByGold[goldGroup, default: []].append("\(pair.extracted.id)→\(predicted)")
            }
        }
        return (split.gold.groups ?? []).map { group in
            "\(group.id) [\(group.status)]: " + (predictedByGold[group.id] ?? ["no matched claim"]).joined(separator: ", ")
        }
    }
}

import Foundation
import ParallaxModel

extension GroupEvaluation {
    /// Whether `--show-misses` should print each gold group's claims one per line (`PARALLAX_GROUP_DETAILS=1`).
    static var wantsDetails: Bool { ProcessInfo.processInfo.environment["PARALLAX_GROUP_DETAILS"] != nil }

    /// One block per gold group: the gold status, then each gold claim beside the extracted claim it matched (its
    /// measure, unit, value, statement and predicted group with status) — for sorting a development split's group
    /// misses into causes (never a held-out split's).
    static func detailedMisses(for split: EvaluationSplit) -> [String] {
        let groupOfClaim = Dictionary(
            split.report.groups.flatMap { group in group.claims.map { ($0, group) } }, uniquingKeysWith: { a, _ in a })
        let claimsByArticle = Dictionary(grouping: split.report.claims, by: \.article)
        var linesByGold: [String: [String]] = [:]
        for (article, gold) in split.pairs {
            var matchedGold = Set<String>()
            for pair in ClaimMatcher.match(gold: gold.claims ?? [], extracted: claimsByArticle[article.id] ?? []) {
                guard let goldGroup = pair.gold.group else { continue }
                matchedGold.insert(pair.gold.text)
                let claim = pair.extracted
                let predicted = groupOfClaim[claim.id].map { "\($0.id)=\($0.status.rawValue)" } ?? "none"
                let value = claim.quantity.map { q in
                    [q.value, q.low, q.high].map { $0.map { String($0) } ?? "-" }.joined(separator: "/") + " " + (q.unit ?? "-")
                } ?? ""
                let statement = claim.statement.map { "\($0.subject ?? "-") | \($0.predicate) | \($0.object ?? "-")" } ?? ""
                linesByGold[goldGroup, default: []].append(
                    "  \(article.id) gold[\(pair.gold.measure ?? pair.gold.predicate ?? "-") \(pair.gold.unit ?? "")] «\(pair.gold.text)»"
                        + " → \(claim.id) [\(claim.measure ?? "-") \(value)\(statement)] → \(predicted)"
                        + " ‖ s:\(Self.detailWord(claim.subject)) t:\(Self.detailWord(claim.time?.start))..\(Self.detailWord(claim.time?.end))"
                        + " src:\(Self.detailWord(claim.attribution?.source))")
            }
            for claim in gold.claims ?? [] where claim.group != nil && !matchedGold.contains(claim.text) {
                linesByGold[claim.group!, default: []].append("  \(article.id) gold «\(claim.text)» → unmatched")
            }
        }
        // The predicted groups' size and explanation, one line each under the gold group, to read why a status was
        // given (the lines start with "  ⇒", which the cause scripts skip).
        var predictedByGold: [String: [String]] = [:]
        for (article, gold) in split.pairs {
            for pair in ClaimMatcher.match(gold: gold.claims ?? [], extracted: claimsByArticle[article.id] ?? []) {
                guard let goldGroup = pair.gold.group, let predicted = groupOfClaim[pair.extracted.id] else { continue }
                if !(predictedByGold[goldGroup] ?? []).contains(predicted.id) {
                    predictedByGold[goldGroup, default: []].append(predicted.id)
                }
            }
        }
        let groupsByID = Dictionary(split.report.groups.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return (split.gold.groups ?? []).map { group in
            let explanations = (predictedByGold[group.id] ?? []).compactMap { groupsByID[$0] }.map { predicted in
                "  ⇒ \(predicted.id)=\(predicted.status.rawValue) (\(predicted.claims.count) claims): \(predicted.explanation)"
            }
            return "\(group.id) [\(group.status)]\n"
                + ((linesByGold[group.id] ?? ["  no matched claim"]) + explanations).joined(separator: "\n")
        }
    }

    /// A label for the detail lines with its spaces joined (`-` when absent), so that each field stays one word.
    static func detailWord(_ text: String?) -> String {
        guard let text, !text.isEmpty else { return "-" }
        return text.replacingOccurrences(of: " ", with: "_")
    }
}

import ParallaxModel

/// Scores denials against gold: which extracted denials stand where the gold has one (precision), which
/// gold denials were found (recall), and whether a found denial names the gold's denying party.
///
/// A wrongly read denial is the costliest statement error — it makes a group `disputed` and puts "X disputes
/// this" into the brief — so it is scored on its own. An extracted denial (``isDenial(_:)``) pairs with a gold
/// denial of the same article whose span lies in its sentence (or contains it). The gold annotates the central
/// statements of an article (GOLD-FORMAT.md), so a denial of something peripheral counts against precision:
/// the precision is a lower bound. The denying party agrees when one name is the other with words added at one end
/// (``sameParty(_:_:)``); a role for a name (`president` for `donald trump`) does not.
public enum DenialEvaluation {
    public static func metrics(for split: EvaluationSplit) -> [EvaluationMetric] {
        let tally = tally(split)
        guard tally.gold > 0 else { return [] }
        let found = PrecisionRecall(
            truePositives: tally.paired, falsePositives: tally.extracted - tally.paired,
            falseNegatives: tally.gold - tally.paired)
        return [
            EvaluationMetric(name: "statements.denial.precision", split: split.name, value: found.precision, count: tally.extracted),
            EvaluationMetric(name: "statements.denial.recall", split: split.name, value: found.recall, count: tally.gold),
            EvaluationMetric(name: "statements.denial.party", split: split.name, value: tally.party.value, count: tally.party.total),
        ]
    }

    /// One line per disagreement (a denial read where the gold has none, a gold denial missed, a wrong party),
    /// for inspecting a development split (never a held-out one).
    public static func misses(for split: EvaluationSplit) -> [String] {
        tally(split).misses
    }

    /// True for a statement that denies: it names what it denies or who denies, or its predicate is a denial.
    static func isDenial(_ claim: Claim) -> Bool {
        guard claim.kind == .statement, let statement = claim.statement else { return false }
        return statement.denies != nil || statement.deniedBy != nil || statement.predicate == "denies"
    }

    /// Whether two canonical party names name the same party: equal, or the shorter one's words opening or closing
    /// the longer one's (`northline` and `northline grid`, `trump` and `donald trump`).
    static func sameParty(_ extracted: String?, _ gold: String?) -> Bool {
        guard let extracted = extracted?.lowercased(), let gold = gold?.lowercased() else { return extracted == nil && gold == nil }
        let left = extracted.split(separator: " "), right = gold.split(separator: " ")
        let (short, long) = left.count <= right.count ? (left, right) : (right, left)
        return !short.isEmpty && (long.starts(with: short) || long.reversed().starts(with: short.reversed()))
    }

    private struct Tally {
        var gold = 0
        var extracted = 0
        var paired = 0
        var party = Accuracy()
        var misses: [String] = []
    }

    private static func tally(_ split: EvaluationSplit) -> Tally {
        var tally = Tally()
        let claimsByArticle = Dictionary(grouping: split.report.claims, by: \.article)
        for (article, gold) in split.pairs {
            let goldDenials = (gold.claims ?? []).filter { $0.denial == true }
            var extracted = (claimsByArticle[article.id] ?? []).filter(isDenial)
            tally.gold += goldDenials.count
            tally.extracted += extracted.count
            for denial in goldDenials {
                guard let index = extracted.firstIndex(where: { ClaimEvaluation.overlaps($0.text, denial.text) }) else {
                    tally.misses.append("missed: \(denial.text) — by \(denial.source ?? "nil")")
                    continue
                }
                let found = extracted.remove(at: index)
                tally.paired += 1
                let party = found.statement?.deniedBy ?? found.attribution?.source
                let same = sameParty(party, denial.source)
                tally.party.add(same)
                if !same { tally.misses.append("party: \(denial.text) — expected \(denial.source ?? "nil"), got \(party ?? "nil")") }
            }
            for claim in extracted {
                tally.misses.append("not a gold denial: \(claim.text) — by \(claim.statement?.deniedBy ?? "nil")")
            }
        }
        return tally
    }
}

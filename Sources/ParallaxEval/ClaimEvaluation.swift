public import FoundationEssentials
public import ParallaxModel
import ParallaxPipeline

/// Scores extracted quantity claims against gold annotations.
///
/// A gold quantity is paired with an extracted quantity claim of the same article that has the same
/// value (or the same bounds). A pair is correct when unit and qualifier match too; precision,
/// recall and F1 count correct pairs. Over all pairs, the accuracy of measure, time (start and end
/// day), subject, attribution source and hedging is reported.
public enum ClaimEvaluation {
    /// Analyses `examples/corpus/<split>` for each split whose gold file exists and scores it.
    /// - Parameters:
    ///   - corpusRoot: the `examples` folder (holding `corpus/` and `gold/`).
    ///   - splits: split names, `dev` and `heldout` by default.
    public static func run(corpusRoot: URL, splits: [String] = ["dev", "heldout"]) async -> [EvaluationMetric] {
        var metrics: [EvaluationMetric] = []
        for split in splits {
            let goldURL = corpusRoot.appendingPathComponent("gold/\(split).json")
            guard let gold = try? loadGold(goldURL) else { continue }
            let folder = corpusRoot.appendingPathComponent("corpus/\(split)")
            let analysis = await Analyzer().analyze(paths: [folder.path])
            metrics += score(report: analysis.report, gold: gold, inputPrefix: corpusRoot.appendingPathComponent("corpus").path + "/")
        }
        return metrics
    }

    /// Scores one report against one split's gold.
    /// - Parameter inputPrefix: what to strip from the report's `input` to get the gold's path.
    public static func score(report: Report, gold: GoldSplit, inputPrefix: String = "") -> [EvaluationMetric] {
        tally(report: report, gold: gold, inputPrefix: inputPrefix).metrics(split: gold.split)
    }

    /// Every disagreement between paired claims and every unpaired gold or extracted quantity, one
    /// line each, for inspecting a split while tuning (never run it on held-out data).
    public static func disagreements(report: Report, gold: GoldSplit, inputPrefix: String = "") -> [String] {
        tally(report: report, gold: gold, inputPrefix: inputPrefix).misses
    }

    static func tally(report: Report, gold: GoldSplit, inputPrefix: String) -> Counts {
        var articleIDs: [String: String] = [:]
        for article in report.articles {
            var input = article.input
            if input.hasPrefix(inputPrefix) { input.removeFirst(inputPrefix.count) }
            articleIDs[input] = article.id
        }
        var counts = Counts()
        for goldArticle in gold.articles {
            let expected = goldArticle.claims.filter { $0.kind == "quantity" }
            counts.gold += expected.count
            guard let id = articleIDs[goldArticle.input] else {
                counts.misses.append("no article in the report for \(goldArticle.input) (\(expected.count) quantities)")
                continue
            }
            counts.readableGold += expected.count
            var found = report.claims.filter { $0.article == id && $0.kind == .quantity }
            counts.extracted += found.count
            // First every gold claim whose own words an extracted claim of the same number overlaps, then
            // the rest by number alone — so a gold claim earlier in the article cannot take the extracted
            // claim of a later one that states the same number.
            var unpaired: [GoldClaim] = []
            for claim in expected {
                if let index = found.firstIndex(where: { sameNumber($0.quantity, claim) && overlaps($0.text, claim.text) }) {
                    counts.add(found.remove(at: index), claim)
                } else {
                    unpaired.append(claim)
                }
            }
            for claim in unpaired {
                guard let index = found.firstIndex(where: { sameNumber($0.quantity, claim) }) else {
                    counts.misses.append("missed: \(goldArticle.input): \(claim.text)")
                    continue
                }
                counts.add(found.remove(at: index), claim)
            }
            for claim in found { counts.misses.append("spurious: \(goldArticle.input): \(claim.text)") }
        }
        return counts
    }

    /// True when one text contains the other (the extracted span and the gold span of one claim).
    static func overlaps(_ extracted: String, _ gold: String) -> Bool {
        extracted.contains(gold) || gold.contains(extracted)
    }

    /// True when both name the same number or bounds. A bound may be written as the value with its
    /// qualifier ("at least 20,000": value 20,000, `at-least`) or as `low`/`high` with a null value
    /// (how number words such as "Zehntausende" come out): both forms are the same claim.
    static func sameNumber(_ quantity: Quantity?, _ gold: GoldClaim) -> Bool {
        guard let quantity else { return false }
        func same(_ left: Double?, _ right: Double?) -> Bool {
            switch (left, right) {
            case (nil, nil): true
            case let (left?, right?): abs(left - right) <= max(1e-6, abs(right) * 1e-3)
            default: false
            }
        }
        let extracted = Bounds(quantity.value, quantity.low, quantity.high, quantity.qualifier.rawValue)
        let expected = Bounds(gold.value, gold.low, gold.high, gold.qualifier)
        if expected.value == nil && expected.low != nil && expected.high == nil {
            return same(extracted.low ?? extracted.value, expected.low)
        }
        return same(extracted.value, expected.value) && same(extracted.low, expected.low)
            && same(extracted.high, expected.high)
    }

    /// A quantity's numbers with a one-sided bound moved from `value` to `low` or `high`.
    struct Bounds {
        var value: Double?
        var low: Double?
        var high: Double?

        init(_ value: Double?, _ low: Double?, _ high: Double?, _ qualifier: String?) {
            (self.value, self.low, self.high) = (value, low, high)
            guard let value else { return }
            switch qualifier {
            case "at-least" where low == nil, "more-than" where low == nil: (self.value, self.low) = (nil, value)
            case "up-to" where high == nil, "less-than" where high == nil: (self.value, self.high) = (nil, value)
            default: break
            }
        }
    }
}

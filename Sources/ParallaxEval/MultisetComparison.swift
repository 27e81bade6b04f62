/// Compares two multisets of keys: each extracted occurrence that the gold also has is a true positive,
/// the rest of the extracted ones false positives, the gold ones left over false negatives.
enum MultisetComparison {
    static func compare(extracted: [String: Int], gold: [String: Int]) -> PrecisionRecall {
        var remaining = gold
        var score = PrecisionRecall()
        for (key, count) in extracted {
            let available = remaining[key, default: 0]
            let matched = min(available, count)
            score.truePositives += matched
            score.falsePositives += count - matched
            remaining[key] = available - matched
        }
        score.falseNegatives = remaining.values.reduce(0, +)
        return score
    }
}

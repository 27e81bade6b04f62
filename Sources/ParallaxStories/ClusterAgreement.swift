/// Agreement between a predicted and a gold clustering of the same items.
///
/// Pairwise scores count pairs of items put together; BCubed scores average, per item, the
/// precision and recall of its predicted cluster against its gold cluster (Bagga & Baldwin). Items
/// missing from either side are ignored.
public struct ClusterAgreement: Sendable, Equatable {
    public var pairwisePrecision: Double
    public var pairwiseRecall: Double
    public var bcubedPrecision: Double
    public var bcubedRecall: Double
    /// Items scored (present on both sides).
    public var count: Int

    /// Pairwise F1.
    public var pairwiseF1: Double { Self.f1(pairwisePrecision, pairwiseRecall) }
    /// BCubed F1.
    public var bcubedF1: Double { Self.f1(bcubedPrecision, bcubedRecall) }

    /// Scores `predicted` (item → cluster label) against `gold` (item → cluster label).
    /// - Complexity: O(n²) in the number of items for the pair counts.
    public init(predicted: [String: String], gold: [String: String]) {
        let items = gold.keys.filter { predicted[$0] != nil }.sorted()
        count = items.count
        var truePairs = 0
        var predictedPairs = 0
        var goldPairs = 0
        var precisionSum = 0.0
        var recallSum = 0.0
        for (position, item) in items.enumerated() {
            var samePredicted = 0
            var sameGold = 0
            var sameBoth = 0
            for (otherPosition, other) in items.enumerated() {
                let together = predicted[item] == predicted[other]
                let goldTogether = gold[item] == gold[other]
                if together { samePredicted += 1 }
                if goldTogether { sameGold += 1 }
                if together && goldTogether { sameBoth += 1 }
                if otherPosition > position {
                    if together { predictedPairs += 1 }
                    if goldTogether { goldPairs += 1 }
                    if together && goldTogether { truePairs += 1 }
                }
            }
            precisionSum += Double(sameBoth) / Double(samePredicted)
            recallSum += Double(sameBoth) / Double(sameGold)
        }
        pairwisePrecision = predictedPairs == 0 ? 1 : Double(truePairs) / Double(predictedPairs)
        pairwiseRecall = goldPairs == 0 ? 1 : Double(truePairs) / Double(goldPairs)
        bcubedPrecision = items.isEmpty ? 0 : precisionSum / Double(items.count)
        bcubedRecall = items.isEmpty ? 0 : recallSum / Double(items.count)
    }

    /// Precision and recall of predicted unordered pairs against gold pairs.
    public static func pairScores(predicted: Set<Set<String>>, gold: Set<Set<String>>) -> (precision: Double, recall: Double) {
        let hits = predicted.intersection(gold).count
        return (
            predicted.isEmpty ? 1 : Double(hits) / Double(predicted.count),
            gold.isEmpty ? 1 : Double(hits) / Double(gold.count)
        )
    }

    static func f1(_ precision: Double, _ recall: Double) -> Double {
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }
}

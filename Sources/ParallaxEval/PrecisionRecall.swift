/// True-positive, false-positive and false-negative counts, and the scores they give.
public struct PrecisionRecall: Sendable, Equatable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    /// Adds another count to this one.
    public mutating func add(_ other: PrecisionRecall) {
        truePositives += other.truePositives
        falsePositives += other.falsePositives
        falseNegatives += other.falseNegatives
    }

    /// TP / (TP + FP); 1 when nothing was predicted.
    public var precision: Double {
        truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
    }

    /// TP / (TP + FN); 1 when nothing was expected.
    public var recall: Double {
        truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
    }

    /// Harmonic mean of precision and recall.
    public var f1: Double {
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }
}

/// A share of correct answers.
public struct Accuracy: Sendable, Equatable {
    public var correct = 0
    public var total = 0

    public init() {}

    public mutating func add(_ isCorrect: Bool) {
        total += 1
        if isCorrect { correct += 1 }
    }

    /// correct / total; 1 when there was nothing to score.
    public var value: Double { total == 0 ? 1 : Double(correct) / Double(total) }
}

/// Evaluation of Parallax against gold annotations.
public struct EvaluationMetric: Sendable, Equatable, Codable {
    public var name: String
    public var split: String
    public var value: Double
    public var count: Int

    public init(name: String, split: String, value: Double, count: Int) {
        self.name = name
        self.split = split
        self.value = value
        self.count = count
    }
}

import Foundation

/// Renders metrics as a table: one row per metric name, one column per split.
public enum EvaluationTable {
    /// A plain-text table, e.g. `body.f1  0.973 (n=24)  0.961 (n=14)`.
    public static func render(_ metrics: [EvaluationMetric]) -> String {
        let splits = Evaluator.reportOrder(metrics.map(\.split))
        var names: [String] = []
        for metric in metrics where !names.contains(metric.name) { names.append(metric.name) }
        let width = max(6, names.map(\.count).max() ?? 0)
        var out = "metric".padding(toLength: width, withPad: " ", startingAt: 0)
        for split in splits { out += "  " + split.padding(toLength: 16, withPad: " ", startingAt: 0) }
        out += "\n"
        for name in names {
            out += name.padding(toLength: width, withPad: " ", startingAt: 0)
            for split in splits {
                let cell = metrics.first { $0.name == name && $0.split == split }
                    .map { "\(format($0.value)) (n=\($0.count))" } ?? "-"
                out += "  " + cell.padding(toLength: 16, withPad: " ", startingAt: 0)
            }
            out += "\n"
        }
        return out
    }

    static func format(_ value: Double) -> String {
        if value >= 100 { return String(Int(value.rounded())) }
        let thousandths = Int((value * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}

/// Why a split of the example corpus could not be evaluated.
public enum EvaluationSplitError: Error, Sendable, CustomStringConvertible {
    /// `examples/gold/<split>.json` is missing or not valid gold JSON.
    case unreadableGold(split: String, detail: String)
    /// The split's articles come from a file under `../shared/` that is not on this machine.
    case sharedCorpusMissing(split: String, path: String)
    /// The shared corpus file exists but could not be read or excerpted.
    case unreadableSharedCorpus(split: String, path: String, detail: String)

    public var description: String {
        switch self {
        case .unreadableGold(let split, let detail):
            "The gold of split \(split) (examples/gold/\(split).json) cannot be read: \(detail)"
        case .sharedCorpusMissing(let split, let path):
            "Split \(split) scores real articles from \(path), which is not on this machine."
        case .unreadableSharedCorpus(let split, let path, let detail):
            "Split \(split) could not read its articles from \(path): \(detail)"
        }
    }
}

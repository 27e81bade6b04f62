/// Why a story evaluation could not run.
public enum StoryEvaluationError: Error, CustomStringConvertible, CustomDebugStringConvertible, Equatable {
    /// The gold file is missing or not in the gold format.
    case unreadableGold(path: String, underlying: String)
    /// The corpus file is missing or not JSON Lines.
    case unreadableCorpus(path: String, underlying: String)

    /// A sentence the user can act on.
    public var description: String {
        switch self {
        case .unreadableGold(let path, _):
            "Cannot read the gold file \(path); check that it exists and follows examples/GOLD-FORMAT.md."
        case .unreadableCorpus(let path, _):
            "Cannot read the corpus \(path); check that it exists and holds one JSON object per line."
        }
    }

    /// The detail, with the underlying error.
    public var debugDescription: String {
        switch self {
        case .unreadableGold(_, let underlying), .unreadableCorpus(_, let underlying): "\(description) (\(underlying))"
        }
    }
}

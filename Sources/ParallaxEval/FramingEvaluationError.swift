/// Why the framing evaluation could not run.
public struct FramingEvaluationError: Error, Sendable, Equatable, CustomStringConvertible,
    CustomDebugStringConvertible
{
    /// The gold file that could not be used.
    public var file: String
    /// What went wrong, for developers.
    public var detail: String

    /// A sentence a user can act on.
    public var description: String {
        "The gold file \(file) is missing or not in the format of examples/GOLD-FORMAT.md."
    }

    /// The underlying reason.
    public var debugDescription: String { "\(file): \(detail)" }
}

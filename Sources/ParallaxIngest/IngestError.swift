/// Why an input could not be read.
public struct IngestError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path, URL or `FILE#ID` of the input.
    public var input: String
    /// A sentence a user can act on.
    public var reason: String

    public init(input: String, reason: String) {
        self.input = input
        self.reason = reason
    }

    /// `INPUT: REASON`, one line.
    public var description: String { "\(input): \(reason)" }
}

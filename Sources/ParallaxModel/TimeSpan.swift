/// The time a claim refers to, resolved to an interval of days.
public struct TimeSpan: Codable, Sendable, Equatable, Hashable {
    /// The time expression as written, e.g. `Anfang des Jahres`.
    public var text: String
    /// First day, ISO 8601 (`2025-01-01`), or `nil` when it cannot be resolved.
    public var start: String?
    /// Last day, ISO 8601, or `nil`.
    public var end: String?

    public init(text: String, start: String?, end: String?) {
        self.text = text
        self.start = start
        self.end = end
    }
}

/// Who an article says a claim comes from.
public struct Attribution: Codable, Sendable, Equatable, Hashable {
    /// The attributing words as written, e.g. `nach südkoreanischen Angaben`.
    public var text: String
    /// Canonical lower-case English label of the source, e.g. `south korean intelligence`, or `nil` when
    /// the wording distances the writer without naming anyone ("reportedly").
    public var source: String?
    /// True when the wording itself distances the writer from the claim.
    public var hedged: Bool
    /// Why: the cue that was found and, when carried over, the sentence it came from (addition).
    public var why: String?

    /// How ``why`` begins when the source is the publisher speaking of itself in the first person (a release's `wir`):
    /// the claims stage writes it, and framing reads it to tell the writer's own voice from someone the writer reports.
    public static let publisherVoiceReason = "the publisher's own voice"

    public init(text: String, source: String?, hedged: Bool, why: String? = nil) {
        self.text = text
        self.source = source
        self.hedged = hedged
        self.why = why
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(source, forKey: .source)
        try container.encode(hedged, forKey: .hedged)
        try container.encodeIfPresent(why, forKey: .why)
    }
}

/// The claims of one story about the same thing, across articles, with a verdict.
public struct ClaimGroup: Codable, Sendable, Equatable, Identifiable {
    public enum Status: String, Codable, Sendable, CaseIterable {
        case agreed
        case compatible
        case conflicting
        case disputed
        case singleSource = "single-source"
    }

    /// `g1`, …
    public var id: String
    /// Id of the story.
    public var story: String
    /// What the claims are about, e.g. `soldiers deployed (north korea)`.
    public var topic: String
    public var claims: [String]
    public var status: Status
    /// Why this status, naming the values and the sources, in one or two plain sentences.
    public var explanation: String

    public init(id: String, story: String, topic: String, claims: [String], status: Status, explanation: String) {
        self.id = id
        self.story = story
        self.topic = topic
        self.claims = claims
        self.status = status
        self.explanation = explanation
    }
}

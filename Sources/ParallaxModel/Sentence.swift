/// One sentence or heading of an article's body.
public struct Sentence: Codable, Sendable, Equatable, Identifiable {
    /// The part a sentence plays in the article.
    public enum Role: String, Codable, Sendable, CaseIterable {
        /// A headline or sub-heading; not a sentence of the story.
        case heading
        /// An attributed or verifiable statement.
        case reporting
        /// The writer's own evaluation, prediction, appeal or digression.
        case opinion
        /// Direct speech.
        case quote
    }

    /// `a1.s1`, `a1.s2`, …
    public var id: String
    /// The sentence exactly as it stands in the body.
    public var text: String
    public var role: Role
    /// Start offset in the body, in UTF-16 code units (an addition to the contract).
    public var start: Int
    /// End offset (exclusive) in the body, in UTF-16 code units.
    public var end: Int
    /// Index of the body block (paragraph or heading) the sentence belongs to, from 0.
    public var paragraph: Int
    /// Why the role was given, e.g. the opinion cue that was found; `nil` for plain reporting.
    public var why: String?

    public init(
        id: String, text: String, role: Role, start: Int = 0, end: Int = 0, paragraph: Int = 0,
        why: String? = nil
    ) {
        self.id = id
        self.text = text
        self.role = role
        self.start = start
        self.end = end
        self.paragraph = paragraph
        self.why = why
    }
}

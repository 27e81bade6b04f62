/// One neutral sentence of a story's brief, with the articles it rests on.
public struct BriefSentence: Codable, Sendable, Equatable {
    public var story: String
    public var text: String
    /// Ids of the articles the sentence rests on; never empty.
    public var cites: [String]
    /// The group the sentence reports, or `nil` for a sentence about the story as a whole.
    public var group: String?
    /// Language of the sentence (addition).
    public var language: String?

    public init(story: String, text: String, cites: [String], group: String? = nil, language: String? = nil) {
        self.story = story
        self.text = text
        self.cites = cites
        self.group = group
        self.language = language
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(story, forKey: .story)
        try container.encode(text, forKey: .text)
        try container.encode(cites, forKey: .cites)
        try container.encode(group, forKey: .group)
        try container.encodeIfPresent(language, forKey: .language)
    }
}

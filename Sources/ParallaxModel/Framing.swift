/// How an article tells its story: loaded words, opinion share, headline tone and omissions.
public struct Framing: Codable, Sendable, Equatable {
    /// A loaded term found in the article.
    public struct LoadedTerm: Codable, Sendable, Equatable {
        /// The term as written.
        public var text: String
        /// Id of the sentence it stands in.
        public var sentence: String
        /// Short reason: the lexicon category and lemma, or the context rule.
        public var why: String
        /// Lexicon category: glorifying, demonising, alarmist, belittling, euphemism, propaganda (addition).
        public var category: String?
        /// How the writer uses it: `used` in the writer's voice, `reported` inside someone's quote,
        /// `distancing` as scare quotes (addition).
        public var usage: String?

        public init(text: String, sentence: String, why: String, category: String? = nil, usage: String? = nil) {
            self.text = text
            self.sentence = sentence
            self.why = why
            self.category = category
            self.usage = usage
        }
    }

    public var loaded: [LoadedTerm]
    /// Share of the article's non-heading sentences whose role is `opinion`, 0…1.
    public var opinionShare: Double
    /// Share of the article's factual claims that carry an attribution, 0…1.
    public var attributedShare: Double
    public var sensationalHeadline: Bool
    /// Group ids that most other articles of the story carry and this one leaves out.
    public var omits: [String]
    /// Why the headline is (or is not) sensational (addition).
    public var headlineWhy: String?
    /// Loaded terms used in the writer's voice per 1,000 words (addition).
    public var loadedPerThousandWords: Double?
    /// Claims asserted without attribution that other articles attribute or dispute (addition).
    public var unattributedAssertions: [String]?

    public init(
        loaded: [LoadedTerm] = [], opinionShare: Double = 0, attributedShare: Double = 0,
        sensationalHeadline: Bool = false, omits: [String] = [], headlineWhy: String? = nil,
        loadedPerThousandWords: Double? = nil, unattributedAssertions: [String]? = nil
    ) {
        self.loaded = loaded
        self.opinionShare = opinionShare
        self.attributedShare = attributedShare
        self.sensationalHeadline = sensationalHeadline
        self.omits = omits
        self.headlineWhy = headlineWhy
        self.loadedPerThousandWords = loadedPerThousandWords
        self.unattributedAssertions = unattributedAssertions
    }
}

/// How one outlet tells its stories, across all its articles in a run (an addition to the contract).
public struct OutletProfile: Codable, Sendable, Equatable {
    /// The publisher's name as the articles give it.
    public var publisher: String
    /// Ids of its articles.
    public var articles: [String]
    /// Mean share of opinion sentences, 0…1.
    public var opinionShare: Double
    /// Share of its factual claims that carry an attribution, 0…1.
    public var attributedShare: Double
    /// Loaded terms in the writer's voice per 1,000 words.
    public var loadedPerThousandWords: Double
    /// Loaded terms in the writer's voice, counted.
    public var loadedCount: Int
    /// Articles with a sensational headline.
    public var sensationalHeadlines: Int
    /// Claims asserted without attribution that other articles attribute or dispute.
    public var unattributedAssertions: Int
    /// Words in its articles' bodies.
    public var words: Int

    public init(
        publisher: String, articles: [String], opinionShare: Double, attributedShare: Double,
        loadedPerThousandWords: Double, loadedCount: Int, sensationalHeadlines: Int, unattributedAssertions: Int,
        words: Int
    ) {
        self.publisher = publisher
        self.articles = articles
        self.opinionShare = opinionShare
        self.attributedShare = attributedShare
        self.loadedPerThousandWords = loadedPerThousandWords
        self.loadedCount = loadedCount
        self.sensationalHeadlines = sensationalHeadlines
        self.unattributedAssertions = unattributedAssertions
        self.words = words
    }
}

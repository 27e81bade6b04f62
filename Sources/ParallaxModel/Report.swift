/// The whole result of one `parallax analyze` run: the public contract `parallax-report`, version 1.
///
/// The shape follows `shared/contract/report-v1.md` exactly; fields beyond the contract's minimum are
/// additions, never renames. Encode it with ``Report/encoder`` so keys and dates come out as the contract
/// spells them.
public struct Report: Codable, Sendable, Equatable {
    /// Always `"parallax-report"`.
    public var format: String
    /// The contract version, `1`.
    public var version: Int
    /// Every article that could be read, in input order.
    public var articles: [Article]
    /// Stories with their events and rewrite pairs.
    public var stories: [Story]
    /// Every claim of every article.
    public var claims: [Claim]
    /// Claims grouped across articles, with a status.
    public var groups: [ClaimGroup]
    /// The neutral, cited account of each story.
    public var brief: [BriefSentence]
    /// Framing profile per outlet across its articles in this run (addition).
    public var outlets: [OutletProfile]?

    /// Creates a report; `format` and `version` are fixed by the contract.
    public init(
        articles: [Article] = [], stories: [Story] = [], claims: [Claim] = [], groups: [ClaimGroup] = [],
        brief: [BriefSentence] = [], outlets: [OutletProfile]? = nil
    ) {
        self.format = "parallax-report"
        self.version = 1
        self.articles = articles
        self.stories = stories
        self.claims = claims
        self.groups = groups
        self.brief = brief
        self.outlets = outlets
    }
}

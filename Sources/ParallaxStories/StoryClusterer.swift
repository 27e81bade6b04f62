public import ParallaxModel

/// Groups articles into stories and events and finds rewrite pairs.
///
/// The batch entry point the pipeline calls. It extracts each article's features and feeds them to
/// a `StoryIndex` in input order, so a streaming run that adds the same articles in the same order
/// gives the same stories.
public struct StoryClusterer: Sendable {
    /// The feature extractor in use.
    public var extractor: FeatureExtractor
    /// The clustering configuration.
    public var configuration: StoryIndex.Configuration

    /// Creates a clusterer with the bundled lexicon and the default configuration.
    public init(extractor: FeatureExtractor = FeatureExtractor(), configuration: StoryIndex.Configuration = .init()) {
        self.extractor = extractor
        self.configuration = configuration
    }

    /// Stories over `articles`, using their claims where present.
    /// - Complexity: about O(n) in the number of articles (see `StoryIndex`).
    public func cluster(articles: [Article], claims: [Claim]) -> [Story] {
        var claimsByArticle: [String: [Claim]] = [:]
        for claim in claims { claimsByArticle[claim.article, default: []].append(claim) }
        var index = StoryIndex(configuration: configuration)
        for article in articles {
            index.add(features: extractor.features(of: article, claims: claimsByArticle[article.id] ?? []))
        }
        return index.stories()
    }
}

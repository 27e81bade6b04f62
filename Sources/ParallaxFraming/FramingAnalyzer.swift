public import ParallaxModel

/// Labels sentence roles and builds an article's framing profile.
public struct FramingAnalyzer: Sendable {
    public init() {}

    /// The article with sentence roles and `framing` filled in (all but `omits`).
    /// - Parameter claims: the article's claims, used for the attributed share.
    public func analyze(_ article: Article, claims: [Claim]) -> Article {
        article
    }
}

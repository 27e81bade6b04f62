public import ParallaxModel

/// Finds the claims an article makes: quantities and statements, with attribution.
public struct ClaimExtractor: Sendable {
    public init() {}

    /// The claims of one article, numbered `c1`, `c2`, … locally; the pipeline renumbers them.
    public func extract(from article: Article) -> [Claim] {
        []
    }
}

import ParallaxModel

/// An article held by reference, shared by the ``ClaimFacts`` of all its claims (immutable, so sharing is safe).
final class SharedArticle: Sendable {
    let value: Article

    init(_ value: Article) { self.value = value }
}

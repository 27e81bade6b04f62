import ParallaxModel

/// A claim held by reference inside ``ClaimFacts`` (immutable, so sharing is safe; a change makes a new one).
///
/// The grouping passes copy every fact many times over; a `Claim` value held inline is retained and released
/// string by string with each copy (its id, article, sentence, text, unit, measure, subject, attribution, …),
/// which was about a quarter of the reconcile benchmark by profile (round 18).
final class SharedClaim: Sendable {
    let value: Claim
    /// The claim's sentence, unique across the story's articles (``ClaimFacts/sentenceKey``), joined once: the passes
    /// index figures by it, and joining the two strings at each use allocated a string each time.
    let sentenceKey: String
    /// The text of the claim's sentence (``ClaimFacts/sentenceText(of:in:)``), found once: the passes read it
    /// many times, and each read searched the article's sentences.
    let sentenceText: String

    init(_ value: Claim, in article: Article) {
        self.value = value
        self.sentenceKey = article.id + "|" + value.sentence
        self.sentenceText = ClaimFacts.sentenceText(of: value, in: article)
    }
}

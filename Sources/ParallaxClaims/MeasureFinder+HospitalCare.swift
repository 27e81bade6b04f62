import ParallaxModel

/// Hospital treatment in an article about illness (round 24).
///
/// `behandelt`, `ins Krankenhaus`, `taken to hospital`, `hospitalised` read `wounded`: in reports of accidents, fires and
/// attacks the people treated are the injured, and most writers annotate them so (dev, dev4, dev6, dev8, dev11, dev18). In an
/// article that names illness and no injury (an outbreak, food poisoning, a heat wave: `IllnessStory`) the people treated are
/// patients, and every writer of such articles leaves them without a measure (dev2, dev6, dev13, dev16, dev17): nobody was
/// wounded. Phrases that name the injury themselves (`verletzt`, `injured`) keep their measure.
extension MeasureFinder {
    /// True when the measure phrase at `index` is treatment named `wounded` without a word of injury, in an article about
    /// illness.
    /// - Complexity: O(l · s) in the phrase's words and the handful of injury starts; nothing outside such articles.
    func isCareOfTheIll(_ label: String, at index: Int, length: Int, tokens: [ClaimToken]) -> Bool {
        guard illnessArticle, label == "wounded" else { return false }
        let story = IllnessStory.of(pack.language)
        return !tokens[index..<min(tokens.count, index + length)].contains { story.namesInjury($0.lower) }
    }
}

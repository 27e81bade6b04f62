import ParallaxModel

/// The language-neutral facts of an article that its words cannot carry across languages.
extension FeatureExtractor {
    /// Figures below this value enter the terms only with their unit, as neutral facts: alone ("drei",
    /// "four") they are too common to be evidence, and they are left out of the terms.
    static let smallFigureLimit = 10.0

    /// The keys of the facts an article states in a language-neutral form that its terms lack: each small
    /// figure of its claims with its canonical unit ("vier Menschen" and "four hostages" → `4 person`; "knapp
    /// drei Stunden" and "nearly three hours" → `3 hour`), each day its claims date the event, and the places
    /// its adjectives of place names name ("Karbenfelder Sparkasse" → the entity `Karbenfeld`). A German and an
    /// English report of one event share them where they share no word; two reports of look-alike events (a
    /// hostage-taking of another size, on another day, in another town) do not. Keys the terms already hold
    /// are left out. Sorted, without repeats.
    /// - Complexity: O(c + p + t) for c claims, p place names and t terms, plus sorting the result.
    func neutralFacts(claims: [Claim], days: [Int32], placeNames: Set<UInt64>, terms: [ArticleFeatures.Term]) -> [UInt64] {
        var keys = placeNames
        for claim in claims {
            guard let quantity = claim.quantity, let unit = quantity.unit, !unit.isEmpty,
                let value = quantity.value ?? quantity.high, value >= 0, value < Self.smallFigureLimit
            else { continue }
            keys.insert(ArticleFeatures.key("neutral \(FigureScanner.canonical(value)) \(unit)", kind: .figure))
        }
        for day in days { keys.insert(ArticleFeatures.key("neutral day \(day)", kind: .figure)) }
        guard !keys.isEmpty else { return [] }
        keys.subtract(terms.map(\.key))
        return keys.sorted()
    }
}

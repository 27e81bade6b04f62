public import ParallaxModel

/// Everything the finders found in one sentence, before claims are built from it.
package struct SentenceAnalysis: Sendable {
    package var sentence: Sentence
    package var tokenized: TokenizedSentence
    package var entities: [EntityMention]
    package var times: [TimeMention]
    package var quantities: [QuantityMention]
    package var attribution: SentenceAttribution
    /// The attribution in force: stated, carried from an earlier sentence, or a bare hedge.
    package var effective: Attribution?

    /// The time expression as a `TimeSpan`.
    package func span(of time: TimeMention) -> TimeSpan {
        TimeSpan(text: tokenized.slice(time.first, time.end), start: time.start?.iso, end: time.last?.iso)
    }

    /// Entities that can act: not adjectives, places, generic groups, the attribution's source, or
    /// a destination after a preposition (`nach Russland`).
    package func actors(pack: LanguagePack) -> [EntityMention] {
        let tokens = tokenized.tokens
        return entities.filter { entity in
            if entity.isAdjective || entity.kind == "place" || entity.kind == "generic" { return false }
            if let range = attribution.sourceRange, range.contains(entity.first) { return false }
            var before = entity.first - 1
            while before >= 0, ["der", "die", "den", "dem", "des", "the", "das"].contains(tokens[before].lower) {
                before -= 1
            }
            if before >= 0, pack.destinationPrepositions.contains(tokens[before].lower) { return false }
            return true
        }
    }
}

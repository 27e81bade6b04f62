import ParallaxModel

/// Everything the finders found in one sentence, before claims are built from it.
struct SentenceAnalysis: Sendable {
    var sentence: Sentence
    var tokenized: TokenizedSentence
    var entities: [EntityMention]
    var times: [TimeMention]
    var quantities: [QuantityMention]
    var attribution: SentenceAttribution
    /// The attribution in force: stated, carried from an earlier sentence, or a bare hedge.
    var effective: Attribution?
    /// Who the article named before this sentence, to read a denial's party as a speaker is read.
    var speakers = SpeakerContext()

    /// The time expression as a `TimeSpan`.
    func span(of time: TimeMention) -> TimeSpan {
        TimeSpan(text: tokenized.slice(time.first, time.end), start: time.start?.iso, end: time.last?.iso)
    }

    /// Entities that can act: not adjectives, places, generic groups, the attribution's source, or
    /// a destination after a preposition (`nach Russland`).
    func actors(pack: LanguagePack) -> [EntityMention] {
        let tokens = tokenized.tokens
        return entities.filter { entity in
            if entity.isAdjective || entity.kind == "place" || entity.kind == "generic" { return false }
            if let range = attribution.sourceRange, range.contains(entity.first) { return false }
            // A name alone in brackets is a credit or an abbreviation (`ERLENBACH, June 20 (CNW) -`), not the
            // actor of the sentence's figures.
            if entity.first > 0, entity.end < tokens.count, tokens[entity.first - 1].text == "(", tokens[entity.end].text == ")" {
                return false
            }
            var before = entity.first - 1
            while before >= 0, pack.determiners.contains(tokens[before]) {
                before -= 1
            }
            if before >= 0, pack.destinationPrepositions.contains(tokens[before]) { return false }
            return true
        }
    }
}

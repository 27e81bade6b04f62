import ParallaxModel

/// Everything the finders found in one sentence, before claims are built from it.
///
/// The fields live in one shared, copy-on-write box (round 21): the extractor hands each analysis to the claim builder and
/// reads the array of them in several passes, and a copy of the struct with its fields inline retained and released each
/// of its some twenty strings, arrays and dictionaries (about 2 % of the claims stage by profile, with the matching
/// destroys); a copy is now one retain. The fields keep their names and are read and written in place (`_read` and
/// `_modify`), so callers are unchanged.
struct SentenceAnalysis: Sendable {
    /// The fields, shared between copies until one of them is written.
    private final class Storage: @unchecked Sendable {
        // `@unchecked Sendable`: a box is written only through `SentenceAnalysis`'s `_modify` accessors after
        // `isKnownUniquelyReferenced` (copy on write), so a box that two values, or two threads, can see is never written.
        var sentence: Sentence
        var tokenized: TokenizedSentence
        var entities: [EntityMention]
        var times: [TimeMention]
        var quantities: [QuantityMention]
        var attribution: SentenceAttribution
        var effective: Attribution?
        var speakers: SpeakerContext

        init(
            sentence: Sentence, tokenized: TokenizedSentence, entities: [EntityMention], times: [TimeMention],
            quantities: [QuantityMention], attribution: SentenceAttribution, effective: Attribution?, speakers: SpeakerContext
        ) {
            self.sentence = sentence
            self.tokenized = tokenized
            self.entities = entities
            self.times = times
            self.quantities = quantities
            self.attribution = attribution
            self.effective = effective
            self.speakers = speakers
        }

        func copy() -> Storage {
            Storage(
                sentence: sentence, tokenized: tokenized, entities: entities, times: times, quantities: quantities,
                attribution: attribution, effective: effective, speakers: speakers)
        }
    }

    private var storage: Storage

    init(
        sentence: Sentence, tokenized: TokenizedSentence, entities: [EntityMention], times: [TimeMention],
        quantities: [QuantityMention], attribution: SentenceAttribution, effective: Attribution?,
        speakers: SpeakerContext = SpeakerContext()
    ) {
        storage = Storage(
            sentence: sentence, tokenized: tokenized, entities: entities, times: times, quantities: quantities,
            attribution: attribution, effective: effective, speakers: speakers)
    }

    /// The box, copied first when another value shares it.
    private mutating func uniqueStorage() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    var sentence: Sentence {
        _read { yield storage.sentence }
        _modify { yield &uniqueStorage().sentence }
    }
    var tokenized: TokenizedSentence {
        _read { yield storage.tokenized }
        _modify { yield &uniqueStorage().tokenized }
    }
    var entities: [EntityMention] {
        _read { yield storage.entities }
        _modify { yield &uniqueStorage().entities }
    }
    var times: [TimeMention] {
        _read { yield storage.times }
        _modify { yield &uniqueStorage().times }
    }
    var quantities: [QuantityMention] {
        _read { yield storage.quantities }
        _modify { yield &uniqueStorage().quantities }
    }
    var attribution: SentenceAttribution {
        _read { yield storage.attribution }
        _modify { yield &uniqueStorage().attribution }
    }
    /// The attribution in force: stated, carried from an earlier sentence, or a bare hedge.
    var effective: Attribution? {
        _read { yield storage.effective }
        _modify { yield &uniqueStorage().effective }
    }
    /// Who the article named before this sentence, to read a denial's party as a speaker is read.
    var speakers: SpeakerContext {
        _read { yield storage.speakers }
        _modify { yield &uniqueStorage().speakers }
    }

    /// The time expression as a `TimeSpan`.
    func span(of time: TimeMention) -> TimeSpan {
        TimeSpan(text: tokenized.slice(time.first, time.end), start: time.start?.iso, end: time.last?.iso)
    }

    /// The time as another clause takes it: a span from one named day (`seit Freitagabend`, `since Friday`) dates the other
    /// clauses by that day, the event's, not by the state's whole length (round 33: dev7, dev27).
    func carriedSpan(of time: TimeMention) -> TimeSpan {
        guard time.sinceDay else { return span(of: time) }
        return TimeSpan(text: tokenized.slice(time.first, time.end), start: time.start?.iso, end: time.start?.iso)
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

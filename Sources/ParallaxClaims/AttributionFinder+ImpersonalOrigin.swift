/// The party an impersonal cue of saying names after a preposition of origin (round 18).
extension AttributionFinder {
    /// The label of the party after an impersonal cue (`hieß es`, `heißt es`: the fixed source `sources`) and a preposition of
    /// origin (`origin` rows of `source-phrase.txt`: `von`, `aus`, `bei`, `seitens`): `…, hieß es von der Polizei` → police,
    /// `hieß es aus dem Ministerium` → the ministry named before, `heißt es seitens der SPÖ` → spö. Nil when no such
    /// preposition follows the cue at once (`hieß es am Abend`), or no party follows it.
    ///
    /// `es heißt` says that words were spoken without naming a speaker; the preposition after it names where they came from,
    /// which news writing uses for a body's statement (`hieß es bei der Feuerwehr`). The cue may hold the preposition itself
    /// (`hieß es von`).
    /// - Complexity: O(entities), once per fixed cue.
    func impersonalOrigin(
        of cue: LanguagePack.Cue, at cueRange: Range<Int>, tokens: [ClaimToken], actors: [EntityMention], context: SpeakerContext
    ) -> String? {
        guard cue.source == Self.impersonalSource else { return nil }
        var start = cueRange.upperBound
        if !pack.originPrepositions.contains(tokens[cueRange.upperBound - 1]) {
            guard start < tokens.count, pack.originPrepositions.contains(tokens[start]) else { return nil }
            start += 1
        }
        if let party = partyLabel(tokens, from: start, actors: actors, context: context) { return party.label }
        return unlistedSource(tokens, from: start).map {
            resolveUnlisted($0, bodies: context.bodies, named: context.named.filter { $0.index < start })
        }
    }

    /// The fixed source of impersonal cues (`hieß es`, `wie es hieß`).
    static let impersonalSource = "sources"
}

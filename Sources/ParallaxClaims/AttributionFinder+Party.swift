extension AttributionFinder {
    /// The party whose act a verb names (`Karsenien weist das zurück`, `Die Behörde bestreitet das`, `The coast guard
    /// rejects that account`), read as the speaker of a verb of saying is (``source(of:at:tokens:entities:speakers:)``):
    /// a named party before or after it, a body referred back to, a pronoun for the person named last.
    ///
    /// The persons introduced by a role (``SpeakerContext/roles``, round 15) are not passed on yet: denial parties were
    /// measured without them, and a role alone naming a denying party is untested. A municipal word alone is the town's
    /// administration (``municipalLabel(_:)``).
    /// - Complexity: as one verb cue's source; asked once per denial.
    func party(ofVerbAt verb: Range<Int>, in tokens: [ClaimToken], entities: [EntityMention], context: SpeakerContext) -> String? {
        let cue = LanguagePack.Cue(direction: "verb", source: nil, hedged: false)
        var speakers = context
        speakers.roles = [:]
        // `Die Stadt weist das zurück`: the town's administration, as a speaker is named (round 21).
        return source(of: cue, at: verb, tokens: tokens, entities: entities, speakers: speakers).map { municipalLabel($0.0) }
    }
}

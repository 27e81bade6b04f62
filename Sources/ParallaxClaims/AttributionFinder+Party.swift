extension AttributionFinder {
    /// The party whose act a verb names (`Karsenien weist das zurück`, `Die Behörde bestreitet das`, `The coast guard
    /// rejects that account`), read as the speaker of a verb of saying is (``source(of:at:tokens:entities:lastPerson:bodies:named:people:)``):
    /// a named party before or after it, a body referred back to, a pronoun for the person named last.
    /// - Complexity: as one verb cue's source; asked once per denial.
    func party(ofVerbAt verb: Range<Int>, in tokens: [ClaimToken], entities: [EntityMention], context: SpeakerContext) -> String? {
        let cue = LanguagePack.Cue(direction: "verb", source: nil, hedged: false)
        return source(
            of: cue, at: verb, tokens: tokens, entities: entities, lastPerson: context.lastPerson, bodies: context.bodies,
            named: context.named, people: context.people)?.0
    }
}

extension AttributionFinder {
    /// The source a cue points at, given the parts of a ``SpeakerContext`` one by one: the form the denial-party reader
    /// (`AttributionFinder+Party.swift`) calls. New code passes the context whole
    /// (``source(of:at:tokens:entities:speakers:)``); this form only assembles it.
    func source(
        of cue: LanguagePack.Cue, at cueRange: Range<Int>, tokens: [ClaimToken], entities: [EntityMention],
        lastPerson: String?, bodies: BodyMemory, named: [NamedBody], people: [String: String] = [:]
    ) -> (String, EntityMention?)? {
        source(
            of: cue, at: cueRange, tokens: tokens, entities: entities,
            speakers: SpeakerContext(lastPerson: lastPerson, bodies: bodies, named: named, people: people))
    }
}

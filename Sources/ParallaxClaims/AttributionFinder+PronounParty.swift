/// A pronoun in the party slot of a prepositional source (round 31, cues32): `Ihm zufolge`, `laut ihr`, `nach ihren Angaben`,
/// `Seinen Angaben zufolge`, `according to him`. The cue named nobody (or the words after a possessive: `Nach ihren Angaben soll
/// ein Wettring …` gave `wettring`); the pronoun stands for a party named before.
extension AttributionFinder {
    /// Each language's pronouns of a party slot → what they refer back to (`Lexicons/<lang>/pronoun-parties.txt`): `person`
    /// (the person named last) or `party` (the party that opened the sentence before, else the person named last).
    static let pronounParties: [String: [String: String]] = LexiconFile.perLanguage("pronoun-parties.txt") { rows in
        Dictionary(rows.filter { $0.count >= 2 }.map { ($0[0], $0[1]) }, uniquingKeysWith: { first, _ in first })
    }

    /// The party a pronoun in the slot of the prepositional cue at `cue` refers back to, or nil when no pronoun stands there.
    /// The slot is the word right after an `after` cue, which must close the party (punctuation or, where nouns are
    /// capitalised, a lower-case word follows: `laut ihm sind`, `according to him,`; not `according to her lawyer`), the word
    /// right before a `before` cue (`Ihm zufolge`, `Seinen Angaben zufolge`), or a possessive right before a cue that opens
    /// with a noun (`nach seinen Angaben`: the cue is `angaben`).
    /// - Complexity: at most three dictionary look-ups, once per prepositional cue.
    func pronounParty(_ tokens: [ClaimToken], cue: Range<Int>, direction: String, context: SpeakerContext) -> String? {
        guard let pronouns = Self.pronounParties[pack.language] else { return nil }
        var referent: String?
        if direction == "after", cue.upperBound < tokens.count, let kind = pronouns[tokens[cue.upperBound].lower] {
            let next = cue.upperBound + 1
            let closes = next == tokens.count || tokens[next].kind != .word || (pack.capitalizesNouns && !tokens[next].isCapitalized)
            if closes { referent = kind }
        }
        if referent == nil, cue.lowerBound >= 1, let kind = pronouns[tokens[cue.lowerBound - 1].lower],
            direction == "before" || (direction == "after" && tokens[cue.lowerBound].isCapitalized && pack.capitalizesNouns)
        {
            referent = kind
        }
        guard let referent else { return nil }
        return referent == "party" ? context.previousOpener ?? context.lastPerson : context.lastPerson
    }

    /// The party that opens a sentence, for a pronoun of the next one (``SpeakerContext/previousOpener``): the first person,
    /// introduced person or body that starts within its first three tokens (past a determiner or a role: `Die
    /// Staatsanwaltschaft Orbeck hat …` → prosecutors, `Bürgermeister Jan Roth war …`), by the label it goes by as a source.
    /// - Complexity: O(entities + introduced persons), once per sentence.
    func openingParty(_ entities: [EntityMention], introduced: [IntroducedPerson], tokens: [ClaimToken]) -> String? {
        var first: (index: Int, label: String)?
        func consider(_ index: Int, _ label: String) {
            if index <= 2, index < (first?.index ?? Int.max) { first = (index, label) }
        }
        for party in entities where !party.isAdjective && party.first <= 2 && !isLocation(party, tokens) {
            consider(party.first, party.kind == "person" ? party.name : party.speaksFor ?? sourceLabel(party))
        }
        for person in introduced { consider(person.index, person.name) }
        return first?.label
    }
}

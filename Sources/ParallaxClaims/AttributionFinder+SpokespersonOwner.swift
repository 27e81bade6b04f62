/// The party a spokesperson named by the bare role speaks for when the party follows the role (round 18).
extension AttributionFinder {
    /// The label of the party a bare spokesperson at `role` speaks for, named right after it in the genitive or after a
    /// preposition of belonging (`nach Angaben eines Sprechers der Hafenbehörde` → port authority, `Der Sprecher der
    /// Landesrätin sagte` → the person introduced as Landesrätin, `according to a spokesman for the district office` →
    /// district office), with the token after the party; nil when no such party follows.
    ///
    /// A spokesperson speaks for a body: news writing gives the role without a name and the body after it, the way
    /// ``EntityFinder`` reads a compound (`Polizeisprecher`) or a modifier before the role (`a police spokesman`). The role
    /// read as the source named nobody (`sprecher`, `spokesman`). The role is a `speaker` row of `roles.txt` as a whole word,
    /// also in the genitive (`Sprechers`); the link is an `owner` preposition (`von`, `für`, `for`, `of`, `at`) or a genitive
    /// determiner (`report-link` rows: `des`, `der`, `eines`, `einer`); the party is a found entity (a back-reference noun
    /// such as `the agency` takes the body named before), a back-reference noun no finder knows, or a role by which the article
    /// introduced a person (`der Landesrätin` after `Landesrätin Martina Berthold`).
    /// - Parameters:
    ///   - actors: the sentence's entities that are no national adjectives.
    ///   - context: what the article told before the sentence.
    /// - Complexity: O(entities), once per cue whose party position holds a spokesperson role.
    func spokespersonOwner(
        _ tokens: [ClaimToken], role: Int, actors: [EntityMention], context: SpeakerContext
    ) -> (label: String, end: Int)? {
        guard role + 2 < tokens.count, tokens[role].kind == .word, isSpokespersonRole(tokens[role].lower),
            pack.spokespersonOwners.contains(tokens[role + 1]) || pack.reportLinks.contains(tokens[role + 1])
        else { return nil }
        return partyLabel(tokens, from: role + 2, actors: actors, context: context)
    }

    /// The label of the party named from `start` on, past determiners (`der Hafenbehörde`, `the district office`, `dem
    /// Ministerium`), with the token after it: a found entity (a back-reference noun such as `the agency` takes the body named
    /// before), a back-reference noun no finder knows, or a role by which the article introduced a person; nil otherwise.
    /// - Complexity: O(entities + bodies), once per call.
    func partyLabel(_ tokens: [ClaimToken], from start: Int, actors: [EntityMention], context: SpeakerContext) -> (label: String, end: Int)? {
        var head = start
        while head < tokens.count, head - start < 3, pack.sourceSkips.contains(tokens[head]) { head += 1 }
        guard head < tokens.count, tokens[head].kind == .word else { return nil }
        let current = context.named.filter { $0.index < head }
        if let party = actors.first(where: { $0.first <= head && $0.end > head }) {
            if party.kind == "person" { return (party.name, party.end) }
            if let reference = BodyMemory.reference(party, tokens, pack),
                let body = context.bodies.resolve(
                    base: reference.base, type: reference.type, current: current, families: pack.backReferences.families)
            {
                return (body, party.end)
            }
            return (party.speaksFor ?? sourceLabel(party), party.end)
        }
        let word = tokens[head].lower
        if let base = pack.backReferences.nouns[word],
            let body = context.bodies.resolve(
                base: base, type: pack.descriptors.lookup(word), current: current, families: pack.backReferences.families)
        {
            return (body, head + 1)
        }
        if tokens[head].isCapitalized, let person = context.person(introducedAs: word) { return (person, head + 1) }
        return municipalParty(tokens, at: head)
    }

    /// The canonical label of a town's administration named by its word alone after a spokesperson (`ein Sprecher der
    /// Stadt`, `eine Sprecherin der Gemeinde`, `a spokeswoman for the city`, `a spokesman for town hall`), with the token after
    /// it; nil for any other word. No entity finder knows the bare word, so the spokesperson named nobody (round 31, cues32).
    /// The words are the rows of `municipal-bodies.txt`, of one or two words, the first also without a genitive ending.
    /// - Complexity: at most four dictionary look-ups, once per spokesperson whose party no other reading found.
    private func municipalParty(_ tokens: [ClaimToken], at head: Int) -> (label: String, end: Int)? {
        guard let bodies = Self.municipalBodies[pack.language] else { return nil }
        if head + 1 < tokens.count, tokens[head + 1].kind == .word,
            let label = bodies[tokens[head].lower + " " + tokens[head + 1].lower]
        {
            return (label, head + 2)
        }
        for word in EntityFinder.withoutGenitive(tokens[head].lower, endings: pack.genitiveEndings) {
            if let label = bodies[word] { return (label, head + 1) }
        }
        return nil
    }

    /// The party a bare spokesperson that is the subject of a verb cue speaks for (``spokespersonOwner(_:role:actors:context:)``):
    /// the role and its party end right before the verb (`Der Sprecher der Landesrätin sagte`, `a spokeswoman for the port
    /// authority said`) or follow it past a determiner (`sagte ein Sprecher des Ministeriums`).
    /// - Complexity: O(1) token tests over the eight words before the verb, once per verb cue.
    func verbSpokespersonOwner(_ tokens: [ClaimToken], cue: Range<Int>, actors: [EntityMention], context: SpeakerContext) -> String? {
        var role = cue.lowerBound - 3
        while role >= max(0, cue.lowerBound - 9) {
            if let owner = spokespersonOwner(tokens, role: role, actors: actors, context: context), owner.end == cue.lowerBound {
                return owner.label
            }
            role -= 1
        }
        role = cue.upperBound
        // `sagte ein Sprecher der Stadt`: the nominative indefinite article of the role too (round 31).
        while role < tokens.count, role - cue.upperBound < 2,
            pack.sourceSkips.contains(tokens[role]) || pack.spokespersonDeterminers.contains(tokens[role])
        {
            role += 1
        }
        return spokespersonOwner(tokens, role: role, actors: actors, context: context)?.label
    }

    /// True when `word` is a bare spokesperson role of `roles.txt` (`sprecher`, `spokeswoman`), also with a genitive ending
    /// (`sprechers`); compounds (`polizeisprecher`) name their body themselves.
    private func isSpokespersonRole(_ word: String) -> Bool {
        EntityFinder.withoutGenitive(word, endings: pack.genitiveEndings, ends: pack.speakerRoleEndings.genitiveEnds).contains(where: pack.speakerRoles.contains)
    }
}

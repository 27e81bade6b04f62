/// Cues that refer back to their clause's subject (round 15): `nach eigenen Angaben`, `eigenen Angaben zufolge`, `by its own
/// account` (`attribution-cues.txt`, direction `subject`) name no source of their own; the party whose account it is, is the
/// subject of the clause they stand in — `Die FPÖ hat nach eigenen Angaben …`, `Zwei Millionen Euro hat die FPÖ nach eigenen
/// Angaben …`, `Das Welternährungsprogramm kümmert sich nach eigenen Angaben …`. Before, such a cue looked for a party right
/// before it, as `der Polizei zufolge` does, and found none when the entity finder knew no name there (dev5, dev6; 12 of 18
/// such cues in the 10kGNAD study copy named no source).
extension AttributionFinder {
    /// The subject of the clause of a cue that refers back to it: the first party the entity finder found in the clause before
    /// the cue; else up to three capitalised words opening the clause right before its verb; else a subject determiner and a capitalised noun in that stretch, read as a source no lexicon lists
    /// (`das Welternährungsprogramm` → welternährungsprogramm; a back-reference noun stands for the body named before); else a
    /// capitalised word opening the clause that is the last name of a person named in full or a word of a body named before
    /// (`Tafelwerk beliefert …`). Nil when the clause has none.
    /// - Complexity: O(clause length), once per such cue.
    func ownAccountSubject(
        _ tokens: [ClaimToken], cue: Range<Int>, actors: [EntityMention], speakers context: SpeakerContext
    ) -> (String, EntityMention?)? {
        var start = cue.lowerBound
        while start > 0, cue.lowerBound - start < 16, !Self.closesClause(tokens[start - 1]) { start -= 1 }
        if let party = actors.first(where: { $0.first >= start && $0.end <= cue.lowerBound }) {
            // `der Verein nach eigenen Angaben`: a descriptor refers back to the body named before.
            if let reference = BodyMemory.reference(party, tokens, pack),
                let body = context.bodies.resolve(
                    base: reference.base, type: reference.type, current: context.named.filter { $0.index < party.first },
                    families: pack.backReferences.families)
            {
                return (body, party)
            }
            return (sourceLabel(party), party)
        }
        // `Nordvest Petrol hat die Produktion nach eigenen Angaben …`, `Tafelwerk beliefert nach eigenen Angaben …`: up to three
        // capitalised words opening the clause before its verb are its subject, unless they open it otherwise (a preposition,
        // a determiner, a conjunction, a common word) or count something (`Zwei Millionen Euro hat …`).
        var end = start
        while end < cue.lowerBound, end - start < 4, tokens[end].kind == .word, tokens[end].isCapitalized,
            pack.unit(for: tokens[end].lower) == nil, pack.multipliers.match(tokens, at: end) == nil
        {
            end += 1
        }
        let opener = tokens[start]
        if end > start, end - start <= 3, end < cue.lowerBound, tokens[end].kind == .word, !tokens[end].isCapitalized,
            !pack.sourceSkips.contains(opener), !pack.destinationPrepositions.contains(opener), !pack.clauseOpeners.contains(opener),
            !pack.adjunctPrepositions.contains(opener), !pack.commonWords.contains(opener.lower), !pack.pronouns.contains(opener),
            !pack.subjectDeterminers.contains(opener), pack.numberWords[opener.lower] == nil
        {
            let label = tokens[start..<end].map(\.lower).joined(separator: " ")
            if let person = context.people[label] { return (person, nil) }
            return (resolveUnlisted(label, bodies: context.bodies, named: context.named.filter { $0.index < start }), nil)
        }
        var index = start
        while index + 1 < cue.lowerBound {
            let next = tokens[index + 1]
            if pack.subjectDeterminers.contains(tokens[index]), next.kind == .word, next.isCapitalized,
                pack.unit(for: next.lower) == nil, pack.weekdays.match(tokens, at: index + 1) == nil,
                pack.months.match(tokens, at: index + 1) == nil, !pack.pronouns.contains(next),
                let label = unlistedSource(tokens, from: index + 1)
            {
                return (resolveUnlisted(label, bodies: context.bodies, named: context.named.filter { $0.index < index }), nil)
            }
            index += 1
        }
        let first = tokens[start]
        guard first.kind == .word, first.isCapitalized, !pack.sourceSkips.contains(first) else { return nil }
        if let person = context.people[first.lower] { return (person, nil) }
        if pack.capitalizesNouns, let body = context.bodies.fullLabel(shortenedAs: first.lower, current: context.named.filter { $0.index < start }) {
            return (body, nil)
        }
        return nil
    }
}

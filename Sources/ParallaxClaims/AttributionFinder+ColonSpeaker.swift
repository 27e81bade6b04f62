/// The speaker a sentence names before a colon with no verb of its own (round 16): `Präsident Peña Nieto: "Tausende Leben
/// hängen davon ab"`, `Die Conclusio für den AKNÖ-Präsidenten Markus Wieser: …`, `Zeitung: Anklageschrift umfasst 270 Seiten`.
extension AttributionFinder {
    /// The source a sentence's opening label names, when the sentence opens with a speaker and a colon: the words before the
    /// colon (at most ten) hold no comma and no lower-case word but determiners, titles and prepositions — no verb (`Die
    /// Küstenwache wies das zurück:` is a verb cue's), and they name a person (by the entity finder, or a role and a name), else a
    /// body that is no place after a preposition (`Hafenstreik in Valdhamn: 46 Schiffe …` names none), else a back-reference
    /// to a body named before (`Zeitung:` → the newspaper). A single word before the colon is an interview's turn
    /// (``ClaimExtractor``), not this; a kicker in capitals or a fact box's label before a bare figure names nobody.
    /// - Complexity: O(words before the colon), once per sentence.
    func colonSpeaker(_ tokens: [ClaimToken], entities: [EntityMention], speakers context: SpeakerContext) -> (label: String, end: Int)? {
        // A colon is a punctuation token: the kind is asked first, words and numbers skip the string comparison (round 31).
        guard let colon = tokens.prefix(11).firstIndex(where: { $0.kind == .punctuation && $0.text == ":" }), colon >= 1,
            colon + 1 < tokens.count
        else {
            return nil
        }
        let head = tokens[..<colon]
        guard head.allSatisfy({ token in
            token.kind == .word
                ? token.isCapitalized || pack.determiners.contains(token) || pack.sourceSkips.contains(token)
                    || pack.destinationPrepositions.contains(token) || pack.memberPrepositions.contains(token)
                    || pack.sourceGenitives.contains(token)
                : token.text == "." || token.text == "-" || token.text == "&"
        }) else { return nil }
        // `SOZIOÖKONOMISCHES RISIKO:`, `DOOMSDAY MOUNTAIN:`: a kicker in capitals (a word of more than five capitals; an
        // abbreviation has fewer: `AKNÖ`, `UNHCR`) heads a paragraph, it cites nobody; `Einsatzkräfte der Polizei: ca. 250`: a
        // label before a bare figure is a fact box's line.
        guard !head.contains(where: { $0.kind == .word && $0.text.count > 5 && $0.text == $0.text.uppercased() }),
            tokens.count - colon > 5 || !tokens[colon...].contains(where: { $0.kind == .number })
        else { return nil }
        // The label opens with the speaker (`Präsident Peña Nieto:`, `Die Gewerkschaft:`) or with a noun of saying whose
        // speaker follows (`Die Conclusio für den AKNÖ-Präsidenten Markus Wieser:`, `Das Fazit der Prüfer:`); `Die
        // Einzelleistungen von Jessica Ennis-Hill:` lists her results, `George Millers Actionspektakel Mad Max:` names a film.
        var first = 0
        while first < colon, pack.determiners.contains(tokens[first]) || pack.sourceSkips.contains(tokens[first]) { first += 1 }
        guard first < colon else { return nil }
        let opensWithSpeaker = pack.roles.match(tokens, at: first) != nil || rolePerson(tokens, at: first) != nil
            || entities.contains { $0.first == first && !$0.isAdjective } || pack.descriptors.lookup(tokens[first].lower) != nil
            || pack.backReferences.nouns[tokens[first].lower] != nil
        let opensWithSaying = pack.reportNouns.contains(tokens[first].lower)
        guard opensWithSpeaker || opensWithSaying else { return nil }
        let actors = entities.filter { !$0.isAdjective && $0.end <= colon && !isLocation($0, tokens) }
        if colon >= 2 {
            if let person = actors.last(where: { $0.kind == "person" }) { return (person.name, colon) }
            if let person = (0..<colon).lazy.compactMap({ self.rolePerson(tokens, at: $0) }).first { return (person, colon) }
            if let body = actors.last(where: { $0.kind != "country" && $0.kind != "place" }) { return (sourceLabel(body), colon) }
        }
        // `Zeitung:`: a descriptor or back-reference noun alone stands for the body of that kind named before.
        for index in 0..<colon where tokens[index].isCapitalized {
            let word = tokens[index].lower
            let type = pack.descriptors.lookup(word)
            guard type != nil || pack.backReferences.nouns[word] != nil else { continue }
            if let body = context.bodies.resolve(
                base: pack.backReferences.nouns[word], type: type, current: [], families: pack.backReferences.families)
            {
                return (body, colon)
            }
        }
        return nil
    }
}

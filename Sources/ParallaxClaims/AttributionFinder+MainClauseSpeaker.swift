/// The speaker of a participle clause (round 21, attribution21): `Altavia rejected the accusation, saying only six charter
/// flights were planned`, `WOS rejects that, putting its losses at about 9 percent`, `The union accused Altavia …, saying at
/// least 14 flights …`. A present participle of saying after a comma has no subject of its own; English grammar gives it the
/// subject of the main clause. Read as a verb cue standing at its own place, it took the nearest party before it (the accused,
/// `Polaris Charter`) or nobody; read at the main clause's verb, it takes the clause's subject, whatever verb the main clause
/// has (a denial, an accusation, a verb of saying).
extension AttributionFinder {
    /// The participles of each language that open such a clause (`Lexicons/<lang>/participle-cues.txt`), read once.
    static let participleCues: [String: Set<String>] = LexiconFile.perLanguage("participle-cues.txt") { rows in
        Set(rows.map { $0[0] })
    }

    /// The source of the participle cue at `cue` read as the speaker of the main clause's verb: the party that opens the
    /// sentence (a name, a pronoun, or a determiner and a noun referring back to a body: `The union`), resolved as a verb cue
    /// right after it. Nil unless the cue is a listed participle right after a comma, the sentence opens with such a subject
    /// and no other clause punctuation (a comma, a dash, a quotation mark) stands before the participle's comma.
    /// - Complexity: O(tokens before the cue), once per verb cue after a comma.
    func mainClauseSpeaker(
        of cue: LanguagePack.Cue, at cueRange: Range<Int>, tokens: [ClaimToken], entities: [EntityMention],
        speakers context: SpeakerContext
    ) -> (String, EntityMention?)? {
        let index = cueRange.lowerBound
        guard index >= 3, tokens[index - 1].text == ",", let cues = Self.participleCues[pack.language],
            cues.contains(tokens[index].lower), let verb = openingSubjectEnd(tokens, entities: entities), verb < index - 1,
            tokens[verb].kind == .word, !tokens[verb].isCapitalized,
            // One clause before the participle: a comma or a dash earlier opens an apposition or a relative clause (`…, a claim
            // the interior ministry rejected, saying …`) whose subject the participle may have instead.
            !tokens[..<(index - 1)].contains(where: { Self.closesClause($0) && $0.text != "." })
        else { return nil }
        guard let speaker = source(of: cue, at: verb..<(verb + 1), tokens: tokens, entities: entities, speakers: context),
            // `The association accuses …, saying`: a noun referring back to a body it did not resolve names nobody yet; the
            // participle's own reading stays.
            pack.backReferences.nouns[speaker.0] == nil,
            pack.gazetteer.value(of: speaker.0) != nil || pack.descriptors.lookup(speaker.0) != speaker.0
        else { return nil }
        return speaker
    }

    /// The token after the subject that opens the sentence: a party the entity finder found there (after determiners or a
    /// possessive name, `Sarvonia's defence ministry`), a pronoun, a capitalised word alone before a lower-case word (`WOS
    /// rejects`, `Altavia rejected`: the entity finder leaves a sentence's first word out; the verb cue's own readings resolve
    /// it as a name the article gave), or a determiner and a noun that refers back to a body (`The union`, `the airline`).
    func openingSubjectEnd(_ tokens: [ClaimToken], entities: [EntityMention]) -> Int? {
        var start = 0
        while start < tokens.count, start < 2, pack.sourceSkips.contains(tokens[start]) { start += 1 }
        if start == 0, tokens.count > 3, tokens[0].isCapitalized, ["'s", "’s"].contains(tokens[1].text) { start = 2 }
        guard start + 1 < tokens.count, tokens[start].kind == .word else { return nil }
        if let party = entities.first(where: { !$0.isAdjective && $0.first == start }) { return party.end }
        if start == 0, pack.pronouns.contains(tokens[0]) { return 1 }
        if start == 0, tokens[0].isCapitalized, tokens[0].text.count > 1, !pack.commonWords.contains(tokens[0].lower),
            !pack.clauseOpeners.contains(tokens[0]), tokens[1].kind == .word, !tokens[1].isCapitalized
        {
            return 1
        }
        if start > 0, pack.backReferences.nouns[tokens[start].lower] != nil || pack.descriptors.lookup(tokens[start].lower) != nil {
            return start + 1
        }
        return nil
    }
}

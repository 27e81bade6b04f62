/// The speaker of a verb of saying coordinated with the main clause's verb (round 34, source34): `Operator Velwind shut down
/// all 18 turbines and put the damage at about €3 million`, `Lindtal rejected the findings and said 40 samples …`, `The
/// operator, Varesk Metro (VMB), closed 3.5 km of line 2 and said it could stay shut for up to three weeks`, `Der Betreiber
/// Velmark schaltete alle 12 Anlagen ab und bezifferte den Schaden auf …`. A finite verb right after a conjunction that joins
/// predicates (`Lexicons/<lang>/predicate-joiners.txt`) has no subject of its own: both verbs share the subject that opens the
/// sentence, who is the speaker of the figures after the second verb. Read as a verb cue at its own place, it took nobody (the
/// subject stands too far before it, and what follows it — `it`, `the damage` — is its object) or the wrong party.
extension AttributionFinder {
    /// The conjunctions of each language that join a second predicate to the subject (`and`, `but`, `und`), read once.
    static let predicateJoiners: [String: Set<String>] = LexiconFile.perLanguage("predicate-joiners.txt") { rows in
        Set(rows.map { $0[0] })
    }

    /// The verbs of calling a thing by a name (`called`, `nannte`; `Lexicons/<lang>/naming-verbs.txt`), read once: a first
    /// predicate with one is speech too.
    static let namingVerbs: [String: Set<String>] = LexiconFile.perLanguage("naming-verbs.txt") { rows in Set(rows.map { $0[0] }) }

    /// True when the verb cue starting at `cue` follows a joiner and the predicate before it holds no verb of naming (`He called
    /// the $1.7 billion … a signing bonus and said …`): then the cue speaks for the figures after it only.
    /// - Complexity: O(tokens before the cue), once per figure before such a cue.
    static func speaksForLaterPredicate(_ tokens: [ClaimToken], cue: Int, language: String) -> Bool {
        guard followsPredicateJoiner(tokens, cue: cue, language: language) else { return false }
        let naming = namingVerbs[language] ?? []
        return !tokens[..<(cue - 1)].contains { $0.kind == .word && naming.contains($0.lower) }
    }

    /// True when the verb cue starting at `cue` follows a conjunction that joins predicates, so it shares the sentence's subject.
    /// - Complexity: O(1).
    static func followsPredicateJoiner(_ tokens: [ClaimToken], cue: Int, language: String) -> Bool {
        cue >= 1 && tokens[cue - 1].kind == .word && predicateJoiners[language]?.contains(tokens[cue - 1].lower) == true
    }

    /// The source of the verb cue at `cueRange` read as the speaker of the main clause's verb when the cue follows a
    /// predicate joiner: the party that opens the sentence (after an apposition between commas, the apposition's name: `The
    /// organiser, Hallgast Events, denied this and said …`), resolved as a verb cue at the main verb. Nil unless the main verb
    /// is a lower-case word, no clause punctuation (a comma, a semicolon, a colon, a dash, a quotation mark) stands between it
    /// and the joiner, and the party is one the lexicons or the article know (not a noun referring back to no body). The party
    /// comes without its entity, so that the attribution's range is the cue alone.
    /// - Complexity: O(tokens before the cue), once per verb cue after a joiner.
    func coordinatedSpeaker(
        of cue: LanguagePack.Cue, at cueRange: Range<Int>, tokens: [ClaimToken], entities: [EntityMention],
        speakers context: SpeakerContext
    ) -> (String, EntityMention?)? {
        let index = cueRange.lowerBound
        guard cue.direction == "verb", index >= 3, Self.followsPredicateJoiner(tokens, cue: index, language: pack.language),
            var verb = openingSubjectEnd(tokens, entities: entities) ?? spokespersonSubjectEnd(tokens, entities: entities)
        else { return nil }
        var apposition: EntityMention?
        if verb < tokens.count, tokens[verb].text == ",",
            let close = tokens[(verb + 1)..<min(index, verb + 12)].firstIndex(where: { $0.text == "," })
        {
            apposition = entities.first { !$0.isAdjective && $0.first > verb && $0.end <= close && $0.kind != "place" }
            guard apposition != nil else { return nil }
            verb = close + 1
        }
        guard verb < index - 1, tokens[verb].kind == .word, !tokens[verb].isCapitalized,
            !tokens[verb..<(index - 1)].contains(where: { Self.separatesClauses($0) })
        else { return nil }
        // The party is returned without its entity: the attribution's range is the cue alone, so the subject keeps the
        // first predicate's actor (`all 18 turbines` → velwind) and the range covers no figure of the first predicate.
        if let apposition { return (sourceLabel(apposition), nil) }
        guard let speaker = source(of: cue, at: verb..<(verb + 1), tokens: tokens, entities: entities, speakers: context),
            pack.backReferences.nouns[speaker.0] == nil,
            speaker.1.map({ $0.kind != "place" }) ?? isKnownParty(speaker.0, context: context)
        else { return nil }
        return (speaker.0, nil)
    }

    /// The token after a spokesperson who opens the sentence after an article and one noun naming the body (`A city spokeswoman
    /// blamed …`, `A police spokesman confirmed …`): the role is the party the entity finder found there.
    private func spokespersonSubjectEnd(_ tokens: [ClaimToken], entities: [EntityMention]) -> Int? {
        guard tokens.count > 3, pack.sourceSkips.contains(tokens[0]), tokens[1].kind == .word, !tokens[1].isCapitalized,
            let role = entities.first(where: { $0.first == 2 && !$0.isAdjective && $0.kind == "generic" })
        else { return nil }
        return role.end
    }

    /// True for punctuation that separates two clauses; brackets (`closed 3.5 km (2.2 miles) of line 2`) do not.
    private static func separatesClauses(_ token: ClaimToken) -> Bool {
        token.kind == .punctuation && Self.clauseSeparators.contains(token.text)
    }

    /// The marks that end a clause inside a sentence, made once.
    private static let clauseSeparators: Set<String> = [",", ";", ":", "–", "—", "\"", "“", "”", "„", "«", "»"]

    /// True when `label` is a party the lexicons list or the article named before: a gazetteer entry, a descriptor's label, a
    /// body or a person of the article.
    private func isKnownParty(_ label: String, context: SpeakerContext) -> Bool {
        pack.gazetteer.value(of: label) != nil || pack.descriptors.lookup(label) != label
            || context.bodies.bodies.contains { $0.label == label } || context.people.values.contains(label)
    }
}

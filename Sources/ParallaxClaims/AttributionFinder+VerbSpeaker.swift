/// The speaker of a verb of saying that stands apart from it (round 12b, 12e): a subject opening the sentence (a pronoun,
/// a last name, a word of a body's name), a bare spokesperson speaking for a body, and the parties after the verb that
/// are its object, not its speaker (the accused of an accusation, the outlet told).
extension AttributionFinder {
    /// The speaker of a German verb cue whose subject is a bare name opening the sentence (round 12e): `Pirklhuber beziffert …`,
    /// `Northline hatte erst im November angekündigt, …`, `Lichtblick wies … aus`. Where nouns are capitalised a capitalised
    /// first word is a name only when the article named it before: the last name of a person named in full (→ the person) or
    /// a word of a body's name (→ the body). The verb stands right after it or closes its clause with no comma between.
    /// - Complexity: O(bodies named before), once per verb cue with no speaker found.
    func openingName(_ tokens: [ClaimToken], cue: Range<Int>, bodies: BodyMemory, people: [String: String]) -> String? {
        guard pack.capitalizesNouns, cue.lowerBound >= 1, tokens[0].kind == .word, tokens[0].isCapitalized,
            tokens[0].text.count > 2, !pack.sourceSkips.contains(tokens[0]), !pack.pronouns.contains(tokens[0]),
            !tokens[1..<cue.lowerBound].contains(where: { Self.closesClause($0) })
        else { return nil }
        let word = tokens[0].lower
        if cue.lowerBound > 1 {
            // A verb that closes the clause (`hatte … angekündigt`) or a separable verb right after the name (`wies … aus`).
            let closes = cue.upperBound == tokens.count || Self.closesClause(tokens[cue.upperBound])
            guard closes else { return nil }
        }
        if let person = people[word] ?? people[tokens[0].text] { return person }
        return bodies.bodies.last { body in
            SpacedWords.contains(word, in: body.words) && SpacedWords.contains(word, in: body.label)
        }?.label
    }

    /// The person who opens the sentence as the subject of a verb cue further on (round 12e): a subject pronoun (`He … said`,
    /// `Er … sagte`) stands for the person named last, a pronoun of a thing (`It puts …`) for the body that spoke last
    /// (`latestBody`, round 31), a capitalised first word that is the last name of a person the article
    /// named in full stands for that person (in German the verb must follow it: `Pirklhuber beziffert` is `openingName`'s).
    /// No clause punctuation may stand between it and the verb, except one relative clause set off by commas (`Comey, who
    /// served three presidents, said`), no relative pronoun or quotation, and no other party right before the verb.
    /// - Complexity: O(words before the verb), once per verb cue.
    func openingSubject(
        _ tokens: [ClaimToken], cue index: Int, speakers: [EntityMention], lastPerson: String?, people: [String: String],
        latestBody: String? = nil
    ) -> String? {
        // `Comey 's critics`, `He 's said`: a possessive or a contraction after the first word is no plain subject.
        guard index >= 1, index <= 24, tokens[0].kind == .word, tokens[0].isCapitalized,
            !["'s", "’s", "'", "’"].contains(tokens[1].text)
        else { return nil }
        let person: String?
        if pack.pronouns.contains(tokens[0]) {
            person = lastPerson
        } else if pack.thingPronouns.contains(tokens[0]) {
            // `It puts the damage at …`, `It expects the bridge to stay shut`: the body that spoke last (round 31); not the
            // impersonal passive (`It is estimated that …`, `It was said`), whose speaker is nobody.
            person = pack.passiveVoice.isPassive(tokens, at: index, length: 1) ? nil : latestBody
        } else if !pack.capitalizesNouns, tokens[0].text.count > 2 {
            person = people[tokens[0].lower]
        } else {
            person = nil
        }
        guard let person else { return nil }
        var from = 1
        // One relative clause right after the subject, closed by a comma right before the verb.
        if index > 3, tokens[1].text == ",", pack.relativePronouns.contains(tokens[2]), tokens[index - 1].text == "," { from = index - 1 }
        guard !tokens[from..<index].contains(where: { token in
            (Self.closesClause(token) && token.text != ".") || token.text == "\"" || pack.relativePronouns.contains(token)
        }) else { return nil }
        // `He and Netanyahu said`: another party right before the verb is (one of) its subjects.
        if speakers.contains(where: { $0.end == index && $0.first > 0 }) { return nil }
        return person
    }

    /// The token index of a spokesperson with no name and no body right before a verb cue (`wie ein Sprecher einräumte`, `a
    /// spokesman said`) or, where nouns are capitalised, right after it (`sagte eine Sprecherin.`): the bare role word of
    /// `roles.txt` (`speaker`) after a determiner, not followed by a name or a genitive (`ein Sprecher der Gesellschaft`).
    /// A compound role (`Polizeisprecher`, `a police spokesman`) names its body and is the entity finder's (round 12e).
    /// - Complexity: O(1), once per verb cue.
    func bareSpokesperson(_ tokens: [ClaimToken], cue: Range<Int>) -> Int? {
        func isBare(_ at: Int) -> Bool {
            guard at > 0, at < tokens.count, tokens[at].kind == .word, pack.speakerRoles.contains(tokens[at].lower),
                pack.spokespersonDeterminers.contains(tokens[at - 1])
            else { return false }
            // `a police spokesman` names its body in the word before.
            return at < 2 || !(tokens[at - 2].kind == .word && pack.descriptors.lookup(tokens[at - 2].lower) != nil)
        }
        if isBare(cue.lowerBound - 1) { return cue.lowerBound - 1 }
        let after = cue.upperBound + 1
        if pack.capitalizesNouns, isBare(after),
            after + 1 == tokens.count || tokens[after + 1].kind == .punctuation
                || (!tokens[after + 1].isCapitalized && !pack.determiners.contains(tokens[after + 1])
                    && !pack.sourceGenitives.contains(tokens[after + 1]) && !pack.memberPrepositions.contains(tokens[after + 1])
                    && !pack.spokespersonOwners.contains(tokens[after + 1]))
        {
            return after
        }
        return nil
    }

    /// The body a bare spokesperson speaks for (round 12e): the first body the sentence names before the role (`The charity,
    /// which …, a spokesman said`), else the body the article named last; a descriptor alone (`the charity`, `den Verein`)
    /// stands for the body of that kind named before. Nil when the article named no body.
    func spokespersonBody(before role: Int, bodies: BodyMemory, named: [NamedBody]) -> String? {
        let before = named.filter { $0.index < role }
        guard let body = before.first ?? bodies.bodies.last else { return nil }
        if let type = body.type, body.label == type {
            return bodies.resolve(base: nil, type: type, current: before.filter { $0.index < body.index }, families: pack.backReferences.families)
                ?? body.label
        }
        return body.label
    }

    /// True when a party stands right after a dative article (`der`, `dem`; `function-words.txt`, `addressee`), past at most one
    /// lower-case adjective (`der griechischen Regierung`): the object of an accusation, not its speaker (round 12b).
    func isDativeObject(_ party: EntityMention, _ tokens: [ClaimToken]) -> Bool {
        guard party.first > 0 else { return false }
        if pack.addresseeDeterminers.contains(tokens[party.first - 1]) { return true }
        return party.first > 1 && !tokens[party.first - 1].isCapitalized && tokens[party.first - 1].kind == .word
            && pack.addresseeDeterminers.contains(tokens[party.first - 2])
    }

    /// True when an outlet after a verb of saying is its dative object, whom the speaker told (round 11c): it stands after
    /// an addressee determiner (`der`, `dem`) that follows another capitalised word of the verb's clause (`sagte der
    /// Lufthansa-Manager der Zeitung`, `sagte Staatsanwalt Jan Holzner der Welt am Sonntag`). Runs once per verb cue.
    func isAddressee(_ party: EntityMention, _ tokens: [ClaimToken], cueEnd: Int) -> Bool {
        guard pack.capitalizesNouns, party.first > cueEnd + 1, pack.addresseeDeterminers.contains(tokens[party.first - 1]),
            pack.outletLabels.contains(party.type ?? party.name)
        else {
            return false
        }
        return tokens[cueEnd..<(party.first - 1)].contains { $0.isCapitalized && !pack.sourceSkips.contains($0) }
    }
}

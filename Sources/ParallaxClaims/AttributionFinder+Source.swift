/// The source a cue points at (``source(of:at:tokens:entities:speakers:)``): for each cue direction (`after`, `before`,
/// `verb`, `subject`, fixed) the party the cue names, and the label that party goes by — a body referred back to, a
/// possessive owner, a group speaking for its body, a name the entity finder split.
extension AttributionFinder {
    /// The source a cue points at: its label and, unless fixed or a pronoun, the entity.
    /// - Parameter context: what the article told before the cue's sentence and the bodies the sentence names.
    func source(
        of cue: LanguagePack.Cue, at cueRange: Range<Int>, tokens: [ClaimToken], entities: [EntityMention],
        speakers context: SpeakerContext
    ) -> (String, EntityMention?)? {
        let lastPerson = context.lastPerson, bodies = context.bodies, named = context.named, people = context.people
        let actors = entities.filter { !$0.isAdjective }
        let speakers = actors.filter { !isLocation($0, tokens) && !isCounted($0, tokens) }
        let index = cueRange.lowerBound, cueEnd = cueRange.upperBound
        var source: EntityMention?
        // `Ihm zufolge`, `nach ihren Angaben`, `according to him`: a pronoun for a party named before (round 31).
        if cue.direction == "after" || cue.direction == "before",
            let party = pronounParty(tokens, cue: cueRange, direction: cue.direction, context: context)
        {
            return (party, nil)
        }
        switch cue.direction {
        case "after":
            let window = actors.filter { $0.first >= cueEnd && $0.first <= cueEnd + 6 }
            var head = cueEnd
            // Determiners, roles and titles before the name (`von Amtsärztin Dr. Hannelore Weiss`).
            while head < tokens.count, head - cueEnd < 8 {
                if pack.sourceSkips.contains(tokens[head]) || (head > cueEnd && tokens[head].text == ".") {
                    head += 1
                } else if let role = pack.roles.match(tokens, at: head), head + role.length < tokens.count,
                    tokens[head + role.length].isCapitalized || tokens[head + role.length].text == "."
                {
                    head += role.length
                } else {
                    break
                }
            }
            // `laut der Umfrage`: a report named before, with no author after it.
            if head > cueEnd, head < tokens.count, head + 1 == tokens.count || !pack.reportLinks.contains(tokens[head + 1]),
                let author = reportAuthor(tokens, noun: head, bodies: bodies, named: named)
            {
                return (author, nil)
            }
            // `nach Angaben eines Sprechers der Hafenbehörde`, `according to a spokesman for the district office` (round 18).
            if let owner = spokespersonOwner(tokens, role: head, actors: actors, context: context)
                // `, so ein Sprecher der Stadt`: past the nominative indefinite article (round 31).
                ?? (head + 1 < tokens.count && pack.spokespersonDeterminers.contains(tokens[head])
                    ? spokespersonOwner(tokens, role: head + 1, actors: actors, context: context) : nil)
            {
                return (owner.label, nil)
            }
            source = entities.first { $0.first < cueEnd && $0.end > index && !$0.isAdjective }
                ?? actors.first { $0.first <= head && $0.end > head }
            // `der Telekomregulierungsbehörde RTR`: an abbreviation right after a name no lexicon lists names it.
            if source == nil, head + 1 < tokens.count, tokens[head].isCapitalized,
                let abbreviation = actors.first(where: { $0.first == head + 1 && tokens[head + 1].text.allSatisfy(\.isUppercase) })
            {
                source = abbreviation
            }
            // `Laut Stadtpolizeikommandant Kurt Kemeter`: a person after a role no lexicon lists as a whole word.
            if source == nil, let person = rolePerson(tokens, at: head) { return (person, nil) }
            // `according to the provincial health authority`: lower-case adjectives before a party the lexicons know belong to
            // no other name; the party is the source (round 12b), not the words read as one unlisted name.
            if source == nil, !pack.capitalizesNouns,
                let known = window.first(where: { party in
                    party.first > head && party.first <= head + 2
                        && tokens[head..<party.first].allSatisfy { $0.kind == .word && !$0.isCapitalized && !pack.sourceStops.contains($0) }
                })
            {
                source = known
            }
            // `according to airport operator FHG`, `according to the dockers' union Hafenbund`: nouns before a kind's noun that
            // introduces a name classify that kind (noun adjuncts, a plural possessive); the named body is the source, not
            // a party the first of them names (round 32).
            if !pack.capitalizesNouns, source == nil || (source?.kind == "generic" && source?.first == head),
                let named = adjunctNamedParty(tokens, from: head, among: window)
            {
                source = named
            }
            // `laut Veltgas`: a name the article gave before (round 16).
            if source == nil, let known = knownName(tokens, at: head, bodies: bodies, people: people) { return (known, nil) }
            // `laut Reederei`, `nach Angaben des Unternehmens`: a back-reference noun alone after the cue is the body named before.
            if source == nil, let body = referredBody(tokens, at: head, cueEnd: cueEnd, bodies: bodies, named: named.filter { $0.index < cueEnd }) {
                return (body, nil)
            }
            // A name right after the cue that no gazetteer lists is the source, not a party further on.
            if source == nil, let label = unlistedSource(tokens, from: cueEnd) {
                return (resolveUnlisted(label, bodies: bodies, named: named.filter { $0.index < cueEnd }), nil)
            }
            source = source ?? window.first { $0.kind == "person" } ?? window.first
        case "subject":
            // `Die FPÖ hat nach eigenen Angaben …`, `by its own account`: the subject of the cue's clause (round 15).
            return ownAccountSubject(tokens, cue: cueRange, actors: speakers, speakers: context)
        case "before":
            // `der Umfrage zufolge`: a report named before, whose author the article named or cited last.
            if index >= 2, let author = reportAuthor(tokens, noun: index - 1, bodies: bodies, named: named) { return (author, nil) }
            // `Veltgas zufolge`, `Gsell zufolge`: a name the article gave before, right before the cue, outranks a party
            // further back (`Die Zahl der Übernachtungen … im Elsass hat sich Gsell zufolge …`; round 16).
            if !actors.contains(where: { $0.end == index }), let known = knownName(tokens, at: index - 1, bodies: bodies, people: people) {
                return (known, nil)
            }
            source = actors.last { $0.end <= index && $0.end >= index - 5 }
            // `Dem Verbraucherbund zufolge`: a name no lexicon lists between a determiner and the postposition (round 32),
            // read as after `laut`.
            if source == nil, let opener = unlistedOpenerBefore(tokens, cue: index),
                let label = unlistedSource(tokens, from: opener)
            {
                return (resolveUnlisted(label, bodies: bodies, named: named.filter { $0.index < index }), nil)
            }
        case "verb":
            // `wie ein Sprecher einräumte`, `a spokesman said`, `sagte eine Sprecherin`: a spokesperson with no name and no body
            // speaks for the body the sentence names before, else the body the article named last (round 12e).
            if let role = bareSpokesperson(tokens, cue: cueRange),
                let body = spokespersonBody(before: role, bodies: bodies, named: named)
            {
                return (body, nil)
            }
            // `Gen. Marcus Hale, who commands the National Guard, said`: a named speaker stands before a relative clause
            // that ends right before the verb, not inside it; so does a body or its back-reference (`The company, which has
            // about 4,200 staff at the site, says …`; round 35, carry35).
            var before = index
            if index >= 2, tokens[index - 1].text == ",",
                let comma = tokens[max(0, index - 14)..<(index - 1)].lastIndex(where: { $0.text == "," }),
                comma + 1 < index - 1, pack.relativePronouns.contains(tokens[comma + 1]),
                speakers.contains(where: { $0.end == comma })
            {
                before = comma
            }
            // `Elf Menschen seien umgekommen, als ihr Boot vor der Insel Samos kenterte, teilte die Küstenwache mit`: where nouns are
            // capitalised (German word order), a verb that opens its clause after a comma has its subject after it; a party
            // before the comma belongs to the clause before (round 12b). English `X, an assistant attorney general, wrote` keeps X.
            // `warf der Türkei vor`: the dative object of an accusation is the accused, never its speaker (round 12b).
            // `He called the $1.7 billion sent to Iran a "signing bonus" … and said`, `Comey, who served three presidents, said`:
            // the subject opening the sentence, a pronoun for the person named last or the last name of a person the article
            // named in full, speaks when nothing but its own clause stands between it and the verb (round 12e).
            // `Der Sprecher der Landesrätin sagte`, `sagte ein Sprecher des Ministeriums`, `a spokeswoman for the port authority
            // said`: a bare spokesperson as the verb's subject speaks for the party named after the role (round 18).
            if let owner = verbSpokespersonOwner(tokens, cue: cueRange, actors: actors, context: context) { return (owner, nil) }
            if let person = openingSubject(
                tokens, cue: index, speakers: speakers, lastPerson: lastPerson, people: people, latestBody: bodies.latestSpeaker)
            {
                return (person, nil)
            }
            let accusation = cueRange.count == 1 && !(pack.requiredCueParticles[tokens[index].lower] ?? []).isDisjoint(with: pack.accusationParticles)
            let speakers = accusation ? speakers.filter { !isDativeObject($0, tokens) } : speakers
            // Titles between the verb and the name (`said Lt. Col. Mark Dray`) do not count against the reach.
            let reach = pastTitles(tokens, from: cueEnd) + 3
            let after = speakers.first {
                $0.first >= cueEnd && $0.first <= reach && !isAddressee($0, tokens, cueEnd: cueEnd) && !isOpponent($0, tokens)
            }
            if pack.capitalizesNouns, before == index, index > 0, tokens[index - 1].text == "," {
                // Not an outlet after a dative article (`…, sagte der APA`), whom the speaker told.
                let told = after.map { party in
                    party.first > cueEnd && pack.addresseeDeterminers.contains(tokens[party.first - 1])
                        && pack.outletLabels.contains(party.type ?? party.name)
                } ?? false
                // With nobody after the verb, a party before the comma speaks only when the comma closes its apposition
                // (`Hans Brandl, Chef der Kammer, sagte am Montag`); else the other rules read the subject (`sagte der örtliche
                // Polizeichef`).
                let apposition = tokens[max(0, index - 10)..<(index - 1)].lastIndex { $0.text == "," }
                    .flatMap { comma in speakers.last { $0.end == comma } }
                source = apposition ?? (told ? nil : after)
            } else {
                source = speakers.last { $0.end <= before && $0.end >= before - 8 && !isAside($0, tokens, before: before) } ?? after
                // `United Internet (1&1, GMX, Web.de) rechnet mit …`: a brand in the bracket is part of the subject (round 19).
                if let part = source, part.end <= before, let owner = bracketListOwner(of: part, tokens, among: speakers) { source = owner }
            }
            // `…, the office said`: a back-reference noun the entity finder does not know. Right before the verb it is the
            // verb's subject and outranks a party after the verb (`The alliance accused police of …`, `Das Bündnis wirft der
            // Polizei vor`: the accused; round 32).
            if source == nil || source.map({ $0.first >= cueEnd }) == true, index >= 2,
                let base = pack.backReferences.nouns[tokens[index - 1].lower],
                pack.backReferences.determiners.contains(tokens[index - 2]),
                let body = bodies.resolve(
                    base: base, type: pack.descriptors.lookup(tokens[index - 1].lower),
                    current: named.filter { $0.index < index - 2 }, families: pack.backReferences.families)
            {
                return (body, nil)
            }
            // `Das Vulkanobservatorium hatte in den zehn Tagen vor dem Ausbruch 1.500 Erdstöße registriert.`: a
            // verb that closes a German clause has its subject at the sentence's start, however far away.
            if source == nil, pack.capitalizesNouns, cueEnd == tokens.count || tokens[cueEnd].kind == .punctuation,
                let subject = speakers.first(where: { $0.first <= 1 && $0.kind != "person" }),
                subject.first == 0 || pack.sourceSkips.contains(tokens[0])
            {
                source = subject
            }
            // `Nachdem das Gesundheitsamt … 41 Fälle gezählt hatte`: a compound naming a body (`…amt`, `…behörde`) that no
            // lexicon lists, up to eight words before the verb with no comma between, is its speaker; not in a relative
            // clause (`…, den das Gesundheitsamt selbst kaum erklären kann`).
            if source == nil, pack.capitalizesNouns, let body = named.last(where: { $0.index < index && $0.index >= index - 8 }),
                !tokens[max(0, body.index - 3)..<index].contains(where: { $0.text == "," })
            {
                return (body.label, nil)
            }
            // `…, teilte das Gesundheitsamt mit`, `Stand Mittwoch meldete das Gesundheitsamt 150 Fälle`: a verb before its
            // subject (the inverted order of German main clauses) has the body named right after it, past an article.
            if source == nil, pack.capitalizesNouns,
                let body = named.first(where: { $0.index == cueEnd || ($0.index == cueEnd + 1 && pack.determiners.contains(tokens[cueEnd])) })
            {
                return (body.label, nil)
            }
            if source == nil, let label = openingName(tokens, cue: cueRange, bodies: bodies, people: people) { return (label, nil) }
            if source == nil, let label = unlistedSpeaker(tokens, before: index) { return (label, nil) }
            // `wie die Bezirkshauptmannschaft am Nachmittag mitteilte`, `berichtete die Regierung`: the subject of a German
            // verb of saying that no lexicon lists, read from its own words.
            // A back-reference noun that names no body before it (`nachdem die Behörden … gesprochen hatten`) names none.
            if source == nil, let subject = unlistedSubject(tokens, cue: cueRange) {
                let resolved = resolveUnlisted(subject, bodies: bodies, named: named.filter { $0.index < index })
                if resolved != subject || pack.backReferences.nouns[subject] == nil { return (resolved, nil) }
            }
            // `…, erklärte Thann.`, `berechnet Denk aus einem Alkomattest`: a capitalised word right after the verb that is the
            // last name of a person the article named in full is the verb's subject (round 15) — not after an accusation, whose
            // dative object follows the verb (`Die Opposition warf Tsipras vor`).
            if source == nil, !accusation, cueEnd < tokens.count, tokens[cueEnd].kind == .word, tokens[cueEnd].isCapitalized,
                let person = people[tokens[cueEnd].lower],
                cueEnd + 1 == tokens.count || tokens[cueEnd + 1].kind != .word || !tokens[cueEnd + 1].isCapitalized
            {
                return (person, nil)
            }
            // `beziffert Hallgren den Schaden`, `registrierte Eurostat 213.000 Anträge`, `Lichtblick wies … aus`: a name the
            // article gave before, right after the verb or opening the verb's clause right before it (round 16).
            if source == nil, !accusation,
                let known = knownName(tokens, at: cueEnd, bodies: bodies, people: people)
                    ?? (index >= 1 && opensClause(tokens, at: index - 1) ? knownName(tokens, at: index - 1, bodies: bodies, people: people) : nil)
            {
                return (known, nil)
            }
            // `Netzrecht says …`: a capitalised word opening the sentence right before the verb is its speaker
            // where only names are capitalised.
            if source == nil, !pack.capitalizesNouns, index == 1, tokens[0].isCapitalized, tokens[0].text.count > 2,
                !pack.commonWords.contains(tokens[0].lower), !pack.sourceSkips.contains(tokens[0]),
                pack.backReferences.nouns[tokens[0].lower] == nil, pack.pronouns.contains(tokens[0]) == false
            {
                return (tokens[0].lower, nil)
            }
            // `Ines Vogler zeichnete ein anderes Bild: Es fehlen 600 Millionen Euro, sagte sie`, `Vogler painted a different picture:
            // …, she said`: a pronoun at the verb refers to the person the sentence named before its colon (round 35, carry35).
            if source == nil, let person = colonIntroducedPerson(tokens, cue: cueRange, speakers: speakers) { return (person, nil) }
            if source == nil, let person = lastPerson,
                tokens[max(0, index - 2)..<min(tokens.count, cueEnd + 2)].contains(where: { pack.pronouns.contains($0) })
            {
                return (person, nil)
            }
        default:
            // `civil protection officials said`: a fixed cue opening with a generic word belongs to the party before it.
            if entities.contains(where: { $0.first == index && $0.kind == "generic" }),
                let owner = actors.last(where: { $0.end == index && $0.kind != "person" })
            {
                return (sourceLabel(owner), owner)
            }
            // `health officials said`, `hospital officials said`: a listed party that ends in the cue's opening word is the
            // source, not the fixed word alone (round 35).
            if let longer = actors.first(where: { $0.first < index && $0.end == index + 1 && $0.kind != "person" }) {
                return (sourceLabel(longer), longer)
            }
            // `hieß es von der Polizei`, `heißt es seitens des Ministeriums`: the impersonal cue names its party after a
            // preposition of origin (round 18).
            if let party = impersonalOrigin(of: cue, at: cueRange, tokens: tokens, actors: actors, context: context) {
                return (party, nil)
            }
            return cue.source.map { ($0, nil) }
        }
        // `laut der nordkoreanischen Nachrichtenagentur KCNA`, `gab die staatliche Behörde NDMA bekannt`: a kind's noun
        // right before a body's name stands in apposition to it, and the name is the source (round 34; the cue or the
        // subject had stopped at the kind's noun after a national adjective).
        if let kind = source, kind.kind == "generic",
            let body = actors.first(where: { party in
                // A body, listed or written as an abbreviation (`Behörde NDMA`); not a person's name (`Innenminister Ralf
                // Jäger` speaks for the ministry, as a role holder does).
                party.first == kind.end && (party.kind == "organisation"
                    || (party.kind == "name" && tokens[party.first..<party.end].allSatisfy { $0.text.allSatisfy(\.isUppercase) }))
            })
        {
            source = body
        }
        // `civil protection officials`: a generic body right after another party is that party's.
        if let generic = source, generic.kind == "generic",
            let owner = actors.last(where: { $0.end == generic.first && $0.kind != "person" })
        {
            return (possessive(owner, generic.name) ?? sourceLabel(owner), owner)
        }
        // `Analysts at Borkmann Bank`, `Experten der Deutschen Bank`: a group of people at a named body speaks for it.
        if let group = source, group.kind == "generic", pack.backReferences.groupLabels.contains(group.name),
            group.end + 1 < tokens.count, pack.memberPrepositions.contains(tokens[group.end]),
            let body = actors.first(where: {
                ($0.first == group.end + 1 || ($0.first == group.end + 2 && pack.sourceSkips.contains(tokens[group.end + 1])))
                    && ($0.kind == "organisation" || ($0.kind == "name" && pack.backReferences.nameTails[tokens[$0.end - 1].lower] != nil))
            })
        {
            return (sourceLabel(body), body)
        }
        // `die Behörde`, `the agency`: the body named before.
        if let entity = source, let reference = BodyMemory.reference(entity, tokens, pack),
            let body = bodies.resolve(
                base: reference.base, type: reference.type, current: named.filter { $0.index < entity.first },
                families: pack.backReferences.families)
        {
            return (body, entity)
        }
        // `Dalmoria's coast guard said`: a possessive name before a descriptor the entity finder left alone.
        if let owner = source, owner.end < tokens.count, let body = descriptorLabel(tokens, at: owner.end),
            let label = possessive(owner, body)
        {
            return (label, owner)
        }
        if let person = source, let body = person.speaksFor { return (body, person) }
        // Not a pronoun read as a name at the start of a quote (`“We are looking at …,” the association's chairman …`).
        // Not a day either (`during Monday's check`, round 33).
        if let person = source, person.speaksForOrganisation,
            let company = entities.first(where: {
                ($0.kind == "name" || $0.kind == "organisation") && !$0.isAdjective && !pack.pronouns.contains(tokens[$0.first])
                    && !pack.firstPersonPronouns.contains(tokens[$0.first]) && !isDay($0.name)
            })
        {
            return (company.name, person)
        }
        return source.map { (joinedName($0, tokens) ?? sourceLabel($0), $0) }
    }

    /// The whole name of a party whose words the entity finder split (round 12b): a name joined by `&` (`Halden & Pryce`,
    /// `Gesellschaft Brandt & Lohse`), and in English a name opening the sentence, whose first word the finder leaves out
    /// there (`Northline Grid said` → northline grid, not grid). Nil when the entity is whole.
    /// - Complexity: O(1), once per source entity.
    private func joinedName(_ entity: EntityMention, _ tokens: [ClaimToken]) -> String? {
        guard entity.kind == "name" || entity.kind == "organisation", entity.speaksFor == nil else { return nil }
        let name = sourceLabel(entity)
        guard name == tokens[(entity.end - 1)...].first?.lower || entity.end - entity.first <= 2 else { return nil }
        if entity.end + 1 < tokens.count, tokens[entity.end].text == "&", tokens[entity.end + 1].kind == .word,
            tokens[entity.end + 1].isCapitalized
        {
            return name + " & " + tokens[entity.end + 1].lower
        }
        if entity.first >= 2, tokens[entity.first - 1].text == "&", tokens[entity.first - 2].kind == .word,
            tokens[entity.first - 2].isCapitalized
        {
            return tokens[entity.first - 2].lower + " & " + name
        }
        let first = tokens[0]
        if !pack.capitalizesNouns, entity.first == 1, entity.kind == "name", first.kind == .word, first.isCapitalized,
            first.text.count > 2, !pack.sourceSkips.contains(first), !pack.pronouns.contains(first), !pack.clauseOpeners.contains(first),
            !pack.destinationPrepositions.contains(first), !pack.relativePronouns.contains(first), !pack.commonWords.contains(first.lower),
            pack.qualifiers.match(tokens, at: 0) == nil, pack.months.match(tokens, at: 0) == nil,
            pack.weekdays.match(tokens, at: 0) == nil, pack.gazetteer.match(tokens, at: 0) == nil, pack.roles.match(tokens, at: 0) == nil
        {
            return first.lower + " " + name
        }
        return nil
    }

    /// The label of a one- or two-word descriptor at `index` (`coast guard`, `Küstenwache`).
    private func descriptorLabel(_ tokens: [ClaimToken], at index: Int) -> String? {
        guard tokens[index].kind == .word else { return nil }
        if index + 1 < tokens.count, pack.descriptorFirstWords.contains(tokens[index].lower),
            let label = pack.descriptors[tokens[index].lower + " " + tokens[index + 1].lower]
        {
            return label
        }
        return pack.descriptors.lookup(tokens[index].lower)
    }

    /// A possessive owner before a generic body (`Dalmoria's coast guard`): the owner without `'s`, followed by the
    /// body's label when the body's proper name carries its place (`dalmoria coast guard`, `docs/VOCABULARY.md`).
    private func possessive(_ owner: EntityMention, _ body: String) -> String? {
        guard let suffix = ["'s", "’s"].first(where: { owner.name.hasSuffix($0) }) else { return nil }
        let base = String(owner.name.dropLast(suffix.count))
        guard !base.isEmpty else { return nil }
        return pack.placeNamedBodies.contains(body) ? base + " " + body : base
    }

    /// True when a name is a weekday or a month, also in the possessive (`monday's`).
    private func isDay(_ name: String) -> Bool {
        let bare = name.hasSuffix("'s") || name.hasSuffix("’s") ? String(name.dropLast(2)) : name
        return pack.weekdays.value(of: bare) != nil || pack.months.value(of: bare) != nil
    }

    /// True when a preposition of place stands before the entity (`im Kelsburger Hafen`).
    func isLocation(_ entity: EntityMention, _ tokens: [ClaimToken]) -> Bool {
        var before = entity.first - 1
        while before >= 0, pack.determiners.contains(tokens[before]) { before -= 1 }
        return before >= 0 && pack.destinationPrepositions.contains(tokens[before]) && entity.kind != "generic"
    }

    /// The label a source goes by: bodies keep their own name, persons and outlets too — except a body named after its
    /// seat (`Staatsanwaltschaft Stuttgart`, `Landgericht Wien`: `source-phrase.txt`, `seat` rows), which goes by its
    /// function (`prosecutors`, `court`), as `docs/VOCABULARY.md` names them (round 11).
    func sourceLabel(_ entity: EntityMention) -> String {
        // `Caldria's Justice Ministry said`: a possessive owner before a body the gazetteer knows, read as one run.
        // Without an apostrophe byte (`'`, or the last byte of `’`) no word ends in `'s` or `’s`: most names are answered
        // without splitting them (round 28).
        let mayHaveOwner = entity.name.utf8.contains { $0 == 0x27 || $0 == 0x99 }
        let words = mayHaveOwner ? entity.name.split(separator: " ") : []
        if let owner = words.firstIndex(where: { $0.hasSuffix("'s") || $0.hasSuffix("’s") }), owner + 1 < words.count {
            let tail = words[(owner + 1)...].joined(separator: " ")
            let tailTokens = ClaimTokenizer.tokens(of: tail)
            if let body = pack.gazetteer.match(tailTokens, at: 0).flatMap({ $0.length == tailTokens.count ? $0.value.name : nil })
                ?? pack.descriptors.lookup(tail)
            {
                let place = words[...owner].joined(separator: " ").dropLast(2)
                return pack.placeNamedBodies.contains(body) ? place + " " + body : body
            }
        }
        if entity.kind == "organisation", let type = entity.type, pack.seatNamedBodies.contains(type), !entity.name.contains(" ") {
            return type
        }
        return entity.name
    }
}

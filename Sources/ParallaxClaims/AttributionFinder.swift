import ParallaxModel

/// What one sentence says about where its content comes from.
struct SentenceAttribution: Sendable, Equatable {
    /// The attribution the sentence states itself (cue and source), if any.
    var stated: Attribution?
    /// True when the wording distances the writer (soll, reportedly, Konjunktiv I).
    var hedged: Bool
    /// The hedge or subjunctive form found.
    var hedgeCue: String?
    /// Index range of the cue and its source, so the source is not taken for the subject.
    var sourceRange: Range<Int>?
    /// Index range of the cue of `stated` alone.
    var cueRange: Range<Int>?
    /// True when the cue of `stated` is a preposition before or after its source (`laut`, `zufolge`, `according to`),
    /// not a verb of saying: such a cue inside a clause speaks for that clause (round 11).
    var cueIsPrepositional = false
    /// The continuation cue (`demnach`) by which the sentence goes on reporting an earlier source.
    var continuation: String?
    /// True when the hedge itself says the claim comes from unnamed others (`reportedly`; `hedges.txt`, `unnamed`):
    /// the sentence does not go on reporting the source named before it.
    var citesUnnamed = false
    /// The token index of the subjunctive form that hedges the sentence, when a subjunctive (not a hedge word) does:
    /// a figure that is the subject of a verb of saying in another clause is not hedged by it.
    var subjunctiveIndex: Int?
    /// Every cue of the sentence that names a source, with the token range of cue and source: a sentence
    /// may give two parties their own figures (`Laut Polizei …, die Gewerkschaft spricht von …`).
    var clauses: [ClauseAttribution] = []
}

/// One attribution cue of a sentence with the tokens of the cue and its source.
struct ClauseAttribution: Sendable, Equatable {
    var range: Range<Int>
    var attribution: Attribution
    /// The tokens of the cue alone.
    var cue: Range<Int>
    /// True when a relaying cue follows it (`…, the broadcaster reported, citing the mayor`): the figure is the
    /// cited source's, not the reporter's.
    var relayed = false
}

/// Finds attribution cues (`nach Angaben von`, `laut`, `zufolge`, `according to`, `said`) and the
/// source they name, and the hedges and subjunctive forms that mark reported speech.
struct AttributionFinder: Sendable {
    var pack: LanguagePack

    init(pack: LanguagePack) {
        self.pack = pack
    }

    /// The attribution of one sentence, given its entities.
    /// - Parameters:
    ///   - speakers: what the article told before the sentence — the person named last (for pronouns), the persons named
    ///     in full (for a last name alone), the bodies named before (for `die Behörde`) — and the bodies this sentence names.
    func analyze(_ sentence: TokenizedSentence, entities: [EntityMention], speakers: SpeakerContext = SpeakerContext()) -> SentenceAttribution {
        let tokens = sentence.tokens
        let bodies = speakers.bodies, named = speakers.named
        var hedgeCue: String?
        var subjunctiveIndex: Int?
        for index in tokens.indices where tokens[index].kind == .word {
            if let hedge = pack.hedges.match(tokens, at: index) {
                if hedge.value && !tokens.indices.dropFirst(index + 1).contains(where: { pack.perfectAuxiliaries.contains(tokens[$0]) }) {
                    continue
                }
                hedgeCue = tokens[index].text
                break
            }
            // A capitalised word is a noun where nouns are capitalised (`Sitze`, `Suche`, `Falle`), not a verb form.
            if pack.subjunctives.contains(tokens[index]), !(pack.capitalizesNouns && tokens[index].isCapitalized) {
                // `ich arbeite`, `die ich hier arbeite`, `habe ich`: a form shared with the first-person indicative next to the pronoun is no reported speech.
                if pack.firstPersonForms.contains(tokens[index]),
                    tokens[max(0, index - 2)..<index].contains(where: { pack.firstPersonPronouns.contains($0) })
                        || (index + 1 < tokens.count && pack.firstPersonPronouns.contains(tokens[index + 1]))
                {
                    continue
                }
                hedgeCue = tokens[index].text
                subjunctiveIndex = index
                break
            }
        }
        var result = SentenceAttribution(stated: nil, hedged: hedgeCue != nil, hedgeCue: hedgeCue, sourceRange: nil)
        result.subjunctiveIndex = subjunctiveIndex
        result.citesUnnamed = hedgeCue.map { pack.unnamedHedges.contains($0.lowercased()) } ?? false
        for index in tokens.indices where tokens[index].kind == .word {
            if pack.continuationCues.match(tokens, at: index) != nil {
                result.continuation = tokens[index].text
                break
            }
        }
        var best: (rank: Int, attribution: Attribution, range: Range<Int>, cue: Range<Int>, prepositional: Bool)?
        var unnamed: Range<Int>?
        var index = 0
        while index < tokens.count {
            // `Nach Messungen des Landesgeologischen Dienstes`, `nach einer ersten Markteinschätzung des Fachverbands`: a
            // report noun (or a compound ending in one) after `nach` is a cue whose source follows in the genitive.
            // `nach Unternehmensangaben`, `laut Rechnungshofbericht`, `nach Armeeangaben`: a report compound names its author in
            // its first part (round 12b).
            let listed = pack.cues.match(tokens, at: index)
            if listed == nil || (listed!.length == 1 && listed!.value.direction == "after"),
                pack.reportOpeners.contains(tokens[index]) || listed != nil,
                let label = compoundReportAuthor(tokens, at: index + 1, bodies: bodies, named: named)
            {
                let range = index..<(index + 2)
                let attribution = Attribution(
                    text: sentence.slice(index, index + 2), source: label, hedged: result.hedged,
                    why: "cue “\(sentence.slice(index, index + 2))”" + (hedgeCue.map { ", hedge “\($0)”" } ?? ""))
                result.clauses.append(ClauseAttribution(range: range, attribution: attribution, cue: range))
                if best == nil || 0 < best!.rank { best = (0, attribution, range, range, true) }
                index += 2
                continue
            }
            guard var cue = listed
                ?? (pack.reportOpeners.contains(tokens[index]) ? reportPhraseEnd(tokens, from: index + 1).map {
                    (length: $0 - index, value: LanguagePack.Cue(direction: "after", source: nil, hedged: false))
                } : nil)
            else {
                index += 1
                continue
            }
            // `laut einer Erhebung des Justizministeriums`: the source is the report's author, not the report.
            if cue.value.direction == "after", let end = reportPhraseEnd(tokens, from: index + cue.length) { cue.length = end - index }
            let cueEnd = index + cue.length
            // `sagte … zu` is a pledge, not speech: a verb cue whose clause ends in a particle that makes it another verb.
            if cue.length == 1, let particles = pack.cueParticles[tokens[index].lower], closesClause(particles, tokens, after: index) {
                index = cueEnd
                continue
            }
            // `wirft … vor` accuses; `wirft die Theorie über den Haufen` says nothing: a separable verb is a cue only
            // when its particle closes the clause.
            if cue.length == 1, let particles = pack.requiredCueParticles[tokens[index].lower],
                !closesClause(particles, tokens, after: index)
            {
                index = cueEnd
                continue
            }
            // `63 bestätigte Masernfälle`, `die gemeldeten Fälle`: a participle before a noun is an adjective, not a cue.
            if pack.capitalizesNouns, cue.length == 1, cue.value.direction == "verb", cueEnd < tokens.count,
                tokens[cueEnd].isCapitalized, index > 0,
                tokens[index - 1].kind == .number || pack.sourceSkips.contains(tokens[index - 1])
            {
                index = cueEnd
                continue
            }
            if cue.value.hedged && cue.value.direction != "verb" && unnamed == nil { unnamed = index..<cueEnd }
            if let (label, source) = self.source(
                of: cue.value, at: index..<cueEnd, tokens: tokens, entities: entities, speakers: speakers) {
                // `" I explained that … all three agencies … , " Mr. Comey wrote`: a first-person speaker inside a quotation
                // is the quotation's speaker, whom its own cue names (or an earlier sentence); the pronoun names nobody.
                if pack.firstPersonPronouns.contains(label) {
                    index = cueEnd
                    continue
                }
                // `vermutet der Sachverständige`, `sagte der Bürgermeister`: a role alone refers back to the person the article
                // introduced by it (round 15).
                // `nach Angaben der Beobachtungsstelle`: one word of a body's longer name named before is that body (round 15) —
                // where nouns are capitalised; in English the bodies found by their shape (`DNC Chair Tom Perez`, `Trump Tower`)
                // share words with persons and places (`trump`, `dnc`), so a short name stays as written there.
                let label = speakers.person(introducedAs: label)
                    ?? (pack.capitalizesNouns
                        ? speakers.bodies.fullLabel(shortenedAs: label, current: speakers.named.filter { $0.index < index }) : nil) ?? label
                let rank = cue.value.direction == "verb" ? 1 : cue.value.direction == "fixed" ? 2 : 0
                var range = min(index, source?.first ?? index)..<max(cueEnd, source?.end ?? cueEnd)
                range = extendList(range, entities: entities, tokens: tokens)
                let hedged = result.hedged || cue.value.hedged
                let attribution = Attribution(
                    text: sentence.slice(range.lowerBound, range.upperBound), source: label, hedged: hedged,
                    why: "cue “\(sentence.slice(index, cueEnd))”" + (hedgeCue.map { ", hedge “\($0)”" } ?? ""))
                if cue.value.relays, let last = result.clauses.indices.last, index - result.clauses[last].range.upperBound <= 2 {
                    result.clauses[last].relayed = true
                }
                result.clauses.append(ClauseAttribution(range: range, attribution: attribution, cue: index..<cueEnd))
                if best == nil || rank < best!.rank {
                    best = (rank, attribution, range, index..<cueEnd, ["after", "before", "subject"].contains(cue.value.direction))
                }
            }
            index = cueEnd
        }
        if let best {
            result.stated = best.attribution
            result.hedged = best.attribution.hedged
            result.sourceRange = best.range
            result.cueRange = best.cue
            result.cueIsPrepositional = best.prepositional
        } else if let unnamed {
            let text = sentence.slice(unnamed.lowerBound, unnamed.upperBound)
            result.stated = Attribution(text: text, source: nil, hedged: true, why: "cue “\(text)” names no source")
            result.hedged = true
            result.sourceRange = unnamed
        }
        return result
    }

    /// True when the clause after `index` ends in one of `particles` (`sagte … 25 Millionen Euro zu`): at clause
    /// punctuation or before a clause opener (`und`, `aber`, `weil`).
    private func closesClause(_ particles: Set<String>, _ tokens: [ClaimToken], after index: Int) -> Bool {
        var end = index + 1
        // A clause opener also ends the clause (`wirft ihm Irreführung vor und hat Klage eingereicht`).
        // A full stop inside the sentence ends an abbreviation (`Mrd.`, `Dr.`), not the clause: the sentence splitter ended
        // the sentence elsewhere (round 11c: `Analysten gehen von 20 bis 30 Mrd. Euro aus`).
        while end < tokens.count, !Self.closesClause(tokens[end]) || (tokens[end].text == "." && end + 1 < tokens.count),
            !pack.clauseOpeners.contains(tokens[end])
        {
            end += 1
        }
        return end - 1 > index && particles.contains(tokens[end - 1].lower)
    }

    /// Punctuation that ends a clause; a sign (`€`, `%`) or a hyphen inside a word (`dem 58-Jährigen`) does not.
    static func closesClause(_ token: ClaimToken) -> Bool {
        guard token.kind == .punctuation else { return false }
        switch token.text {
        case "€", "$", "£", "%", "/", "'", "’": return false
        case "-": return token.spaceBefore
        default: return true
        }
    }

    /// The source a cue points at: its label and, unless fixed or a pronoun, the entity.
    /// - Parameter context: what the article told before the cue's sentence and the bodies the sentence names.
    func source(
        of cue: LanguagePack.Cue, at cueRange: Range<Int>, tokens: [ClaimToken], entities: [EntityMention],
        speakers context: SpeakerContext
    ) -> (String, EntityMention?)? {
        let lastPerson = context.lastPerson, bodies = context.bodies, named = context.named, people = context.people
        let actors = entities.filter { !$0.isAdjective }
        let speakers = actors.filter { !isLocation($0, tokens) }
        let index = cueRange.lowerBound, cueEnd = cueRange.upperBound
        var source: EntityMention?
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
            source = actors.last { $0.end <= index && $0.end >= index - 5 }
        case "verb":
            // `wie ein Sprecher einräumte`, `a spokesman said`, `sagte eine Sprecherin`: a spokesperson with no name and no body
            // speaks for the body the sentence names before, else the body the article named last (round 12e).
            if let role = bareSpokesperson(tokens, cue: cueRange),
                let body = spokespersonBody(before: role, bodies: bodies, named: named)
            {
                return (body, nil)
            }
            // `Gen. Marcus Hale, who commands the National Guard, said`: a named speaker stands before a relative clause
            // that ends right before the verb, not inside it.
            var before = index
            if index >= 2, tokens[index - 1].text == ",",
                let comma = tokens[max(0, index - 14)..<(index - 1)].lastIndex(where: { $0.text == "," }),
                comma + 1 < index - 1, pack.relativePronouns.contains(tokens[comma + 1]),
                speakers.contains(where: { $0.end == comma && ($0.kind == "person" || $0.kind == "name") })
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
            if let person = openingSubject(tokens, cue: index, speakers: speakers, lastPerson: lastPerson, people: people) {
                return (person, nil)
            }
            let accusation = cueRange.count == 1 && !(pack.requiredCueParticles[tokens[index].lower] ?? []).isDisjoint(with: pack.accusationParticles)
            let speakers = accusation ? speakers.filter { !isDativeObject($0, tokens) } : speakers
            let after = speakers.first { $0.first >= cueEnd && $0.first <= cueEnd + 3 && !isAddressee($0, tokens, cueEnd: cueEnd) }
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
                source = speakers.last { $0.end <= before && $0.end >= before - 8 } ?? after
            }
            // `…, the office said`: a back-reference noun the entity finder does not know.
            if source == nil, index >= 2, let base = pack.backReferences.nouns[tokens[index - 1].lower],
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
            // `Netzrecht says …`: a capitalised word opening the sentence right before the verb is its speaker
            // where only names are capitalised.
            if source == nil, !pack.capitalizesNouns, index == 1, tokens[0].isCapitalized, tokens[0].text.count > 2,
                !pack.commonWords.contains(tokens[0].lower), !pack.sourceSkips.contains(tokens[0]),
                pack.backReferences.nouns[tokens[0].lower] == nil, pack.pronouns.contains(tokens[0]) == false
            {
                return (tokens[0].lower, nil)
            }
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
            return cue.source.map { ($0, nil) }
        }
        if source == nil, cue.direction == "after", let label = unlistedSource(tokens, from: cueEnd) {
            return (resolveUnlisted(label, bodies: bodies, named: named.filter { $0.index < cueEnd }), nil)
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
        if let person = source, person.speaksForOrganisation,
            let company = entities.first(where: {
                ($0.kind == "name" || $0.kind == "organisation") && !$0.isAdjective && !pack.pronouns.contains(tokens[$0.first])
                    && !pack.firstPersonPronouns.contains(tokens[$0.first])
            })
        {
            return (company.name, person)
        }
        return source.map { (joinedName($0, tokens) ?? sourceLabel($0), $0) }
    }

    /// The speaker of a German verb cue whose subject is a bare name opening the sentence (round 12e): `Pirklhuber beziffert …`,
    /// `Northline hatte erst im November angekündigt, …`, `Lichtblick wies … aus`. Where nouns are capitalised a capitalised
    /// first word is a name only when the article named it before: the last name of a person named in full (→ the person) or
    /// a word of a body's name (→ the body). The verb stands right after it or closes its clause with no comma between.
    /// - Complexity: O(bodies named before), once per verb cue with no speaker found.
    private func openingName(_ tokens: [ClaimToken], cue: Range<Int>, bodies: BodyMemory, people: [String: String]) -> String? {
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
            body.words.split(separator: " ").contains { $0 == word } && body.label.split(separator: " ").contains { $0 == word }
        }?.label
    }

    /// The person who opens the sentence as the subject of a verb cue further on (round 12e): a subject pronoun (`He … said`,
    /// `Er … sagte`) stands for the person named last, a capitalised first word that is the last name of a person the article
    /// named in full stands for that person (in German the verb must follow it: `Pirklhuber beziffert` is `openingName`'s).
    /// No clause punctuation may stand between it and the verb, except one relative clause set off by commas (`Comey, who
    /// served three presidents, said`), no relative pronoun or quotation, and no other party right before the verb.
    /// - Complexity: O(words before the verb), once per verb cue.
    private func openingSubject(
        _ tokens: [ClaimToken], cue index: Int, speakers: [EntityMention], lastPerson: String?, people: [String: String]
    ) -> String? {
        // `Comey 's critics`, `He 's said`: a possessive or a contraction after the first word is no plain subject.
        guard index >= 1, index <= 24, tokens[0].kind == .word, tokens[0].isCapitalized,
            !["'s", "’s", "'", "’"].contains(tokens[1].text)
        else { return nil }
        let person: String?
        if pack.pronouns.contains(tokens[0]) {
            person = lastPerson
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
    private func bareSpokesperson(_ tokens: [ClaimToken], cue: Range<Int>) -> Int? {
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
    private func spokespersonBody(before role: Int, bodies: BodyMemory, named: [NamedBody]) -> String? {
        let before = named.filter { $0.index < role }
        guard let body = before.first ?? bodies.bodies.last else { return nil }
        if let type = body.type, body.label == type {
            return bodies.resolve(base: nil, type: type, current: before.filter { $0.index < body.index }, families: pack.backReferences.families)
                ?? body.label
        }
        return body.label
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

    /// The author of a report the article named before (round 11c): `noun` is a `survey` noun of `source-phrase.txt` (`Umfrage`,
    /// `Studie`, `Befragung`) right after a definite determiner (`der Umfrage zufolge`, `laut der Studie`); its author is the
    /// body named last in the sentence before it, else the body the article named last (`In einer Umfrage des
    /// Verbandes Bitkom …`, `laut Bitkom …` → bitkom). Runs once per `after` or `before` cue.
    private func reportAuthor(_ tokens: [ClaimToken], noun: Int, bodies: BodyMemory, named: [NamedBody]) -> String? {
        guard pack.capitalizesNouns, noun > 0, tokens[noun].isCapitalized, pack.surveyNouns.contains(tokens[noun]),
            pack.backReferences.determiners.contains(tokens[noun - 1])
        else { return nil }
        return named.last { $0.index < noun - 1 }?.label ?? bodies.latestNamed
    }

    /// The author a report compound names in its first part (round 12b): `Unternehmensangaben` → the company named before,
    /// `Gewerkschaftsangaben` → the union, `Armeeangaben` → the military named before (`türkische Militär` → turkish military),
    /// `Rechnungshofbericht` → the audit office. The word at `index` must end in a `report` noun of `source-phrase.txt` after a
    /// part of four letters or more that a lexicon knows as a body: a descriptor (resolved to the body of that kind named
    /// before, else its label), a generic party of the gazetteer (`Polizei`) or a state body (`bodies.txt`: `Armee`, `Medien`).
    /// - Complexity: O(word length) look-ups, once per `nach` or `laut`.
    private func compoundReportAuthor(_ tokens: [ClaimToken], at index: Int, bodies: BodyMemory, named: [NamedBody]) -> String? {
        guard pack.capitalizesNouns, index < tokens.count, tokens[index].kind == .word, tokens[index].isCapitalized,
            !tokens[index].text.contains("-")
        else { return nil }
        let word = tokens[index].lower
        guard let noun = pack.reportNouns.filter({ word.hasSuffix($0) && word.count >= $0.count + 4 }).max(by: { $0.count < $1.count })
        else { return nil }
        let whole = String(word.dropLast(noun.count))
        let before = named.filter { $0.index < index }
        let stems = [whole, String(whole.dropLast()), String(whole.dropLast(2))].filter { $0.count >= 4 }
        let base = stems.lazy.compactMap { pack.backReferences.nouns[$0] }.first
        for stem in stems {
            if let type = pack.descriptors.lookup(stem) {
                // As `die Gewerkschaft` refers back: the body of that kind named before, else the latest body of no other kind.
                return bodies.resolve(base: base, type: type, current: before, families: pack.backReferences.families) ?? type
            }
            if let known = pack.gazetteer.value(of: stem), known.kind == "generic" || known.kind == "organisation" { return known.name }
            let stemTokens = ClaimTokenizer.tokens(of: stem)
            if let body = pack.bodies.match(stemTokens, at: 0), body.length == stemTokens.count, body.value != "=" {
                let latest = (bodies.bodies + before).last { $0.label.hasSuffix(" " + body.value) }
                return latest?.label ?? body.value
            }
        }
        return nil
    }

    /// True when a party stands right after a dative article (`der`, `dem`; `function-words.txt`, `addressee`), past at most one
    /// lower-case adjective (`der griechischen Regierung`): the object of an accusation, not its speaker (round 12b).
    private func isDativeObject(_ party: EntityMention, _ tokens: [ClaimToken]) -> Bool {
        guard party.first > 0 else { return false }
        if pack.addresseeDeterminers.contains(tokens[party.first - 1]) { return true }
        return party.first > 1 && !tokens[party.first - 1].isCapitalized && tokens[party.first - 1].kind == .word
            && pack.addresseeDeterminers.contains(tokens[party.first - 2])
    }

    /// True when an outlet after a verb of saying is its dative object, whom the speaker told (round 11c): it stands after
    /// an addressee determiner (`der`, `dem`) that follows another capitalised word of the verb's clause (`sagte der
    /// Lufthansa-Manager der Zeitung`, `sagte Staatsanwalt Jan Holzner der Welt am Sonntag`). Runs once per verb cue.
    private func isAddressee(_ party: EntityMention, _ tokens: [ClaimToken], cueEnd: Int) -> Bool {
        guard pack.capitalizesNouns, party.first > cueEnd + 1, pack.addresseeDeterminers.contains(tokens[party.first - 1]),
            pack.outletLabels.contains(party.type ?? party.name)
        else {
            return false
        }
        return tokens[cueEnd..<(party.first - 1)].contains { $0.isCapitalized && !pack.sourceSkips.contains($0) }
    }

    /// A source no gazetteer lists, read after an `after` cue: in languages that capitalise nouns the
    /// first capitalised word after determiners (`der Norrbana` → norrbana, `des Gesundheitsamts` →
    /// gesundheitsamt), else up to four words before a stop word (`the rail operator`).
    func unlistedSource(_ tokens: [ClaimToken], from start: Int) -> String? {
        var index = start
        var genitive = start > 0 && pack.sourceGenitives.contains(tokens[start - 1])
        while index < tokens.count, tokens[index].kind == .word, pack.sourceSkips.contains(tokens[index]) {
            genitive = pack.sourceGenitives.contains(tokens[index])
            index += 1
        }
        guard index < tokens.count, tokens[index].kind == .word, tokens[index].text.count > 1,
            pack.months.match(tokens, at: index) == nil, pack.weekdays.match(tokens, at: index) == nil
        else { return nil }
        if pack.capitalizesNouns {
            guard tokens[index].isCapitalized, !pack.sourceStops.contains(tokens[index]) else { return nil }
            // An inflected adjective before the noun belongs to the name (`der Zentralen Wahlkommission`).
            var head = index
            while head + 1 < tokens.count, head - index < 2, tokens[head + 1].kind == .word, tokens[head + 1].isCapitalized,
                !pack.sourceStops.contains(tokens[head + 1]), pack.hasInflectedAdjectiveEnding(tokens[head].lower)
            {
                head += 1
            }
            func stripped(_ index: Int) -> String {
                var word = tokens[index].lower
                if genitive, let ending = pack.genitiveEndings.first(where: { word.hasSuffix($0) && word.count > $0.count + 4 }) {
                    word.removeLast(ending.count)
                }
                return word
            }
            // A body no lexicon lists keeps the field it is named for (`des Landesamts für Informationssicherheit`,
            // `Bundesamt für Statistik`; `source-phrase.txt`, `complement` rows).
            if let field = complement(tokens, after: head) {
                return (index...head).map(stripped).joined(separator: " ") + " " + field
            }
            // A body the lexicons know goes by its canonical label (`Laut Küstenwache` → coast guard); an
            // unknown noun after adjectives leaves the first word as the name.
            for candidate in Set([head, index]).sorted(by: >) {
                let word = stripped(candidate)
                if let known = pack.gazetteer.value(of: word) ?? pack.gazetteer.value(of: tokens[candidate].lower) {
                    return known.name
                }
                if let generic = pack.descriptors.lookup(tokens[candidate].lower) { return generic }
            }
            let word = stripped(index)
            // `laut STANDARD-Informationen`, `nach ORF-Recherchen`: a report noun after a hyphen names its author before it
            // (round 11c); the outlet's own name becomes the publisher's label in `ClaimExtractor.namingOutlet`.
            if let hyphen = word.lastIndex(of: "-"), hyphen > word.startIndex,
                pack.reportNouns.contains(String(word[word.index(after: hyphen)...]))
            {
                let author = String(word[..<hyphen])
                return pack.gazetteer.value(of: author)?.name ?? author
            }
            return word
        }
        var words: [String] = []
        while index < tokens.count, words.count < 4 {
            // An abbreviation's full stop belongs to the name (`the St. Annen hospital`).
            if index > start, tokens[index].text == ".", !tokens[index].spaceBefore, tokens[index - 1].isCapitalized,
                let last = words.last, last.count <= 2
            {
                words[words.count - 1] += "."
                index += 1
                continue
            }
            guard !tokens[index].lower.hasSuffix("'s"), !tokens[index].lower.hasSuffix("’s"), tokens[index].kind == .word, !pack.sourceStops.contains(tokens[index]),
            pack.weekdays.match(tokens, at: index) == nil, pack.months.match(tokens, at: index) == nil
            else { break }
            words.append(tokens[index].lower)
            index += 1
        }
        // A possessive (`Erlenbach's mayor`) names the party's owner: the party is found as an entity.
        if index < tokens.count, tokens[index].lower.hasSuffix("'s") || tokens[index].lower.hasSuffix("’s") { return nil }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// The field a body's name goes on with (`für Informationssicherheit`, `für Umwelt und Geologie`): a complement
    /// preposition and the capitalised words after it (at most four, joined by a connector), or nil when the words
    /// after `head` are something else or the body is one the lexicons know.
    /// - Complexity: O(1): a few tokens after the name, only for sources no lexicon lists.
    private func complement(_ tokens: [ClaimToken], after head: Int) -> String? {
        let preposition = head + 1
        guard preposition + 1 < tokens.count, pack.sourceComplements.contains(tokens[preposition]),
            pack.gazetteer.value(of: tokens[head].lower) == nil, pack.descriptors.lookup(tokens[head].lower) == nil
        else { return nil }
        var words = [tokens[preposition].lower]
        var index = preposition + 1
        while index < tokens.count, words.count < 5, tokens[index].kind == .word {
            if tokens[index].isCapitalized, !pack.sourceStops.contains(tokens[index]) {
                words.append(tokens[index].lower)
            } else if pack.numberConnectors.contains(tokens[index].lower), index + 1 < tokens.count, tokens[index + 1].isCapitalized,
                words.count > 1
            {
                words.append(tokens[index].lower)
            } else {
                break
            }
            index += 1
        }
        return words.count > 1 ? words.joined(separator: " ") : nil
    }

    /// The speaker of a verb cue that no lexicon lists, in languages that do not capitalise nouns: the
    /// words between a determiner and the verb (`…, the regional avalanche warning service said`), by the
    /// longest tail the gazetteer or the descriptors know (`avalanche warning service`), else all of them.
    private func unlistedSpeaker(_ tokens: [ClaimToken], before index: Int) -> String? {
        guard !pack.capitalizesNouns else { return nil }
        var start = index
        while start > 0, index - start < 5, tokens[start - 1].kind == .word, !pack.sourceSkips.contains(tokens[start - 1]) {
            start -= 1
        }
        guard start < index, start > 0, pack.sourceSkips.contains(tokens[start - 1]) else { return nil }
        var head = start - 1
        while head > 0, pack.sourceSkips.contains(tokens[head - 1]) { head -= 1 }
        guard head == 0 || tokens[head - 1].kind == .punctuation else { return nil }
        let words = tokens[start..<index].map(\.lower)
        guard !words.contains(where: { $0.hasSuffix("'s") || $0.hasSuffix("’s") }),
            !tokens[start..<index].contains(where: { pack.sourceStops.contains($0) })
        else { return nil }
        for tail in start..<index {
            if let known = pack.gazetteer.match(tokens, at: tail), tail + known.length == index { return known.value.name }
            if tail == index - 1, let generic = pack.descriptors.lookup(tokens[tail].lower) { return generic }
        }
        return pack.backReferences.nouns[words.joined(separator: " ")] == nil ? words.joined(separator: " ") : nil
    }

    /// The subject of a verb of saying in a language that capitalises nouns, when no lexicon knows it: a subject
    /// determiner and a capitalised word right after a verb that opens its clause (`…, berichtete die Regierung`, `Am
    /// Freitag teilte die Internationale Organisation für Migration (IOM) mit`), or opening the verb's clause, alone or
    /// after a subordinating word (`wie die Bezirkshauptmannschaft am Nachmittag mitteilte`, `Die Präfektur zählte …`). An
    /// object after a verb whose subject came first (`Mikl-Leitner erklärte das Nichtzustandekommen`, `Etwa 70 Prozent
    /// schätzen die Mathe-Matura`) or a noun after a preposition (`von der Volksschule`) is none. The label is read as
    /// after `laut` (`unlistedSource`): a role before a name is the person (`rolePerson`), a name in apposition too
    /// (`der Vize-Chef der …, Lawrence Davies,`), an abbreviation in brackets right after the name names it (`iom`), an
    /// adjective stays with its noun (`österreichische hoteliervereinigung`).
    /// - Complexity: O(clause length), once per verb cue whose speaker no lexicon found.
    private func unlistedSubject(_ tokens: [ClaimToken], cue: Range<Int>) -> String? {
        guard pack.capitalizesNouns else { return nil }
        // Not a genitive after a noun (`drei Viertel der Befragten`), a share (`die Hälfte`), a counted group (`die
        // Befragten`, `die Menschen`: they are counted, not cited) or a day.
        func opensSubject(_ at: Int) -> Bool {
            at + 1 < tokens.count && pack.subjectDeterminers.contains(tokens[at]) && tokens[at + 1].kind == .word
                && tokens[at + 1].isCapitalized && pack.weekdays.match(tokens, at: at + 1) == nil
                && pack.months.match(tokens, at: at + 1) == nil && pack.pronouns.contains(tokens[at + 1]) == false
                && pack.fractions.match(tokens, at: at) == nil && pack.unit(for: tokens[at + 1].lower) == nil
        }
        var first = cue.lowerBound
        while first > 0, !Self.closesClause(tokens[first - 1]), cue.lowerBound - first < 12 { first -= 1 }
        // Before a verb that opens its clause stand at most words of time (`Am Freitag`, `zuletzt`).
        let opensClause = (first..<cue.lowerBound).allSatisfy { index in
            !tokens[index].isCapitalized || pack.weekdays.match(tokens, at: index) != nil || pack.months.match(tokens, at: index) != nil
                || (index == first && pack.destinationPrepositions.contains(tokens[index]))
        }
        var start: Int?
        if opensClause, opensSubject(cue.upperBound) {
            start = cue.upperBound
        } else if opensSubject(first), cue.upperBound == tokens.count || Self.closesClause(tokens[cue.upperBound])
            || pack.requiredCueParticles[tokens[cue.lowerBound].lower] != nil
            || (first + 2...first + 3).contains(cue.lowerBound) && tokens[cue.lowerBound - 1].isCapitalized
        {
            // A subject opening a main clause stands right before its verb (`Die Präfektur zählte`) or the verb closes the
            // clause (`Die Regierung in Washington hatte am Freitag bestätigt`); `Die Fortschritte seit damals beziffern die
            // Forscherinnen …` opens with the object.
            start = first
        } else if first + 1 < cue.lowerBound, pack.subjectOpeners.contains(tokens[first]), opensSubject(first + 1) {
            start = first + 1
        }
        guard let start, start + 1 < tokens.count else { return nil }
        if let person = rolePerson(tokens, at: start + 1) ?? apposedPerson(tokens, after: start + 1) { return person }
        guard let label = unlistedSource(tokens, from: start + 1) else { return nil }
        var end = start + 2
        while end < tokens.count, end - start < 8, tokens[end].kind == .word { end += 1 }
        if end + 2 < tokens.count, tokens[end].text == "(", tokens[end + 2].text == ")",
            tokens[end + 1].text.count >= 2, tokens[end + 1].text.count <= 6,
            tokens[end + 1].text.allSatisfy({ $0.isUppercase })
        {
            return tokens[end + 1].lower
        }
        let noun = start + 2
        if label == tokens[start + 1].lower, noun < tokens.count, tokens[noun].kind == .word, tokens[noun].isCapitalized,
            pack.hasInflectedAdjectiveEnding(label), !pack.sourceStops.contains(tokens[noun])
        {
            return label + " " + tokens[noun].lower
        }
        return label
    }

    /// A person named in apposition after the noun at `index` (`der Vize-Chef der staatlichen …gesellschaft, Lawrence
    /// Davies, der Welt am Sonntag`, `der Sprecher der Kommission (CCDHRN), Elizardo Sanchez, am Montag`): the first comma
    /// within ten words, then two or three capitalised words that no lexicon knows, then a comma or the end.
    /// - Complexity: O(1): at most a dozen tokens, once per verb cue whose speaker no lexicon found.
    func apposedPerson(_ tokens: [ClaimToken], after index: Int) -> String? {
        guard let comma = tokens[index..<min(tokens.count, index + 12)].firstIndex(where: { Self.closesClause($0) }),
            tokens[comma].text == ","
        else { return nil }
        var next = comma + 1
        var words: [String] = []
        while next < tokens.count, words.count < 4, tokens[next].kind == .word, tokens[next].isCapitalized,
            pack.gazetteer.value(of: tokens[next].lower) == nil, pack.descriptors.lookup(tokens[next].lower) == nil,
            !pack.sourceSkips.contains(tokens[next]), pack.weekdays.match(tokens, at: next) == nil
        {
            words.append(tokens[next].lower)
            next += 1
        }
        guard (2...3).contains(words.count), next == tokens.count || [",", "."].contains(tokens[next].text) else { return nil }
        return words.joined(separator: " ")
    }

    /// The end of a report noun phrase whose author follows in the genitive (`einer ersten Markteinschätzung des`,
    /// `Messungen des`, `einer Erhebung des`, `einer Befragung der`): determiners and lower-case adjectives, then a
    /// capitalised word that is or ends in a report noun (`source-phrase.txt`, `report` rows), then a genitive
    /// determiner (`report-link` rows; not `von`, which also joins a cause: `laut einer Studie von Wassermangel bedroht`). Returns the index of the link word, so that the source is read after it;
    /// nil when the words are something else.
    /// - Complexity: O(word length) set look-ups, once per cue and per `nach`.
    private func reportPhraseEnd(_ tokens: [ClaimToken], from start: Int) -> Int? {
        guard pack.capitalizesNouns else { return nil }
        var index = start
        while index < tokens.count, index - start < 3, tokens[index].kind == .word, !tokens[index].isCapitalized
            || pack.sourceSkips.contains(tokens[index])
        {
            guard pack.sourceSkips.contains(tokens[index]) || pack.hasInflectedAdjectiveEnding(tokens[index].lower) else { return nil }
            index += 1
        }
        guard index + 1 < tokens.count, tokens[index].kind == .word, tokens[index].isCapitalized,
            pack.reportLinks.contains(tokens[index + 1])
        else { return nil }
        let word = tokens[index].lower
        var head = Substring(word)
        while !pack.reportNouns.contains(String(head)) {
            guard head.count > 5 else { return nil }
            head = head.dropFirst()
        }
        return index + 1
    }

    /// The person a role no lexicon lists as a whole word introduces (`Stadtpolizeikommandant Kurt Kemeter`, `die
    /// Meeresbiologin Prof. Hanna Seliger`, `Bezirksrichter Charles Breyer`): a capitalised word that is a role of
    /// `roles.txt` or ends in one (a compound's head of six letters or more), titles (`Prof.`), then two or three capitalised
    /// words that no lexicon knows — the person by full name, as `docs/VOCABULARY.md` names persons. A spokesperson
    /// (`Polizeisprecher`) speaks for the body and is left to the entity finder.
    /// - Complexity: O(word length) dictionary look-ups, only for a source no lexicon found.
    func rolePerson(_ tokens: [ClaimToken], at index: Int) -> String? {
        roleIntroduction(tokens, at: index)?.name
    }

    /// ``rolePerson(_:at:)`` with the role that introduces the person: the word as written, lower-case
    /// (`stadtpolizeikommandant`), the role of `roles.txt` it is or ends in (`kommandant`), and whether that role speaks
    /// for a company (`organisation` rows: `Geschäftsführerin`).
    func roleIntroduction(_ tokens: [ClaimToken], at index: Int) -> (name: String, role: String, head: String, speaksForCompany: Bool)? {
        guard pack.capitalizesNouns, index + 2 < tokens.count, tokens[index].kind == .word, tokens[index].isCapitalized else {
            return nil
        }
        let word = tokens[index].lower
        guard !pack.speakerRoles.contains(where: { word.hasSuffix($0) }) else { return nil }
        var head = Substring(word)
        var isRole = pack.roles.value(of: word) != nil
        // A compound's head of six letters or more (`Stadtpolizeikommandant`), or a short head after a modifier of four
        // letters or more (`Oppositionschef`, `Touristikchef`, `Notarzt`; round 15).
        while !isRole, head.count > 4 {
            head = head.dropFirst()
            isRole = (head.count >= 6 || (head.count >= 4 && word.count >= head.count + 4)) && pack.roles.value(of: String(head)) != nil
        }
        guard isRole else { return nil }
        var next = index + 1
        while next + 1 < tokens.count, tokens[next].isCapitalized, tokens[next].text.count <= 4, tokens[next + 1].text == "." {
            next += 2
        }
        var words: [String] = []
        while next < tokens.count, words.count < 3, tokens[next].kind == .word, tokens[next].isCapitalized,
            tokens[next].text.count > 1, !pack.sourceStops.contains(tokens[next]), pack.gazetteer.value(of: tokens[next].lower) == nil,
            pack.weekdays.match(tokens, at: next) == nil,
            pack.months.match(tokens, at: next) == nil, pack.descriptors.lookup(tokens[next].lower) == nil
        {
            words.append(tokens[next].lower)
            next += 1
        }
        return words.count >= 2
            ? (words.joined(separator: " "), word, String(head), pack.roles.value(of: String(head)) ?? pack.roles.value(of: word) ?? false) : nil
    }

    /// An unlisted source that is a back-reference noun (`the agency`) stands for the body named before.
    func resolveUnlisted(_ label: String, bodies: BodyMemory, named: [NamedBody]) -> String {
        guard let base = pack.backReferences.nouns[label] else { return label }
        return bodies.resolve(base: base, type: pack.descriptors.lookup(label), current: named, families: pack.backReferences.families) ?? label
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
        let words = entity.name.split(separator: " ")
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

    /// Extends a source range over a list of further sources (`von Südkorea, der Ukraine und den USA`).
    private func extendList(_ range: Range<Int>, entities: [EntityMention], tokens: [ClaimToken]) -> Range<Int> {
        var upper = range.upperBound
        let glue: Set<String> = [",", "und", "and", "or", "oder", "der", "den", "die", "dem", "des", "the", "sowie"]
        for entity in entities where entity.first >= upper {
            guard tokens[upper..<entity.first].allSatisfy({ glue.contains($0.lower) }), entity.first > upper else { break }
            upper = entity.end
        }
        return range.lowerBound..<upper
    }
}

import ParallaxModel

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
            // `according to the provisional results of the commission`: the author after a finding is the source; `According to the
            // provisional result, Strom won …`: a finding with no author after it names no party (round 35).
            if cue.value.direction == "after", cue.value.source == nil, let finding = finding(tokens, cueEnd: index + cue.length) {
                guard let author = finding.authorStart else {
                    index = max(index + cue.length, finding.end)
                    continue
                }
                cue.length = author - index
            }
            let cueEnd = index + cue.length
            // `according to the interior ministry's estimate`: the finding's owner in the possessive is the source (round 35).
            let owner = cue.value.direction == "after" && cue.value.source == nil ? possessiveFindingOwner(tokens, cueEnd: cueEnd) : nil
            // `sagte … zu` is a pledge, not speech: a verb cue whose clause ends in a particle that makes it another verb.
            if cue.length == 1, let particles = pack.cueParticles[tokens[index].lower], closesClause(particles, tokens, after: index) {
                index = cueEnd
                continue
            }
            // `wirft … vor` accuses; `wirft die Theorie über den Haufen` says nothing: a separable verb is a cue only
            // when its particle closes the clause.
            if cue.length == 1, let particles = pack.requiredCueParticles[tokens[index].lower],
                !closesClause(particles, tokens, after: index), !holdsComplement(tokens, after: index)
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
            if let (label, source) = mainClauseSpeaker(
                of: cue.value, at: index..<cueEnd, tokens: tokens, entities: entities, speakers: speakers)
                ?? coordinatedSpeaker(of: cue.value, at: index..<cueEnd, tokens: tokens, entities: entities, speakers: speakers)
                ?? self.source(
                    of: cue.value, at: index..<cueEnd, tokens: owner?.tokens ?? tokens, entities: owner?.entities ?? entities,
                    speakers: speakers)
            {
                // `" I explained that … all three agencies … , " Mr. Comey wrote`: a first-person speaker inside a quotation
                // is the quotation's speaker, whom its own cue names (or an earlier sentence); the pronoun names nobody.
                if pack.firstPersonPronouns.contains(label) || pack.sourcelessPronouns.contains(label) {
                    index = cueEnd
                    continue
                }
                // `vermutet der Sachverständige`, `sagte der Bürgermeister`: a role alone refers back to the person the article
                // introduced by it (round 15).
                // `nach Angaben der Beobachtungsstelle`: one word of a body's longer name named before is that body (round 15) —
                // where nouns are capitalised; in English the bodies found by their shape (`DNC Chair Tom Perez`, `Trump Tower`)
                // share words with persons and places (`trump`, `dnc`), so a short name stays as written there.
                // `nach Angaben der Stadt`, `the town said`: a municipal word alone is the town's administration (round 21).
                let label = municipalLabel(
                    speakers.person(introducedAs: label)
                        ?? (pack.capitalizesNouns
                            ? speakers.bodies.fullLabel(shortenedAs: label, current: speakers.named.filter { $0.index < index }) : nil) ?? label)
                // `Die Hilfsorganisation Open Waters erhob schwere Vorwürfe gegen die Behörden.`: a verb of reported speech in an
                // indicative sentence names the speaker of what follows, not of this sentence's figures (round 16).
                if cue.value.reportedOnly, !result.hedged {
                    if result.reportedSpeaker == nil {
                        result.reportedSpeaker = Attribution(
                            text: sentence.slice(min(index, source?.first ?? index), max(cueEnd, source?.end ?? cueEnd)),
                            source: speakers.person(introducedAs: label) ?? label, hedged: false,
                            why: Self.reportedSpeechWhy + " “\(sentence.slice(index, cueEnd))”")
                    }
                    index = cueEnd
                    continue
                }
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
        } else if let speaker = colonSpeaker(tokens, entities: entities, speakers: speakers) {
            // `Präsident Peña Nieto: "Tausende Leben hängen davon ab"`: the speaker named before a colon with no verb (round 16).
            let text = sentence.slice(0, speaker.end + 1)
            result.stated = Attribution(
                text: text, source: speaker.label, hedged: result.hedged,
                why: "speaker before the colon “\(text)”" + (hedgeCue.map { ", hedge “\($0)”" } ?? ""))
            result.sourceRange = 0..<speaker.end
        } else if let unnamed {
            let text = sentence.slice(unnamed.lowerBound, unnamed.upperBound)
            result.stated = Attribution(text: text, source: nil, hedged: true, why: "cue “\(text)” names no source")
            result.hedged = true
            result.sourceRange = unnamed
        }
        return result
    }

    /// How the reason of a speaker named by a verb of reported speech begins: ``ClaimExtractor`` carries such a speaker within
    /// its paragraph only (`Die Polizei bestreitet das.` closing a paragraph hands on nothing to the hearsay that opens the next).
    static let reportedSpeechWhy = "reported speech opened by"

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

    /// Extends a source range over a list of further sources (`von Südkorea, der Ukraine und den USA`).
    private func extendList(_ range: Range<Int>, entities: [EntityMention], tokens: [ClaimToken]) -> Range<Int> {
        var upper = range.upperBound
        for entity in entities where entity.first >= upper {
            guard tokens[upper..<entity.first].allSatisfy({ Self.listGlue.contains($0.lower) }), entity.first > upper else { break }
            upper = entity.end
        }
        return range.lowerBound..<upper
    }

    /// What may stand between the parties of a list of speakers. Made once (round 31: the set literal was built, its twelve
    /// strings hashed, at every call).
    private static let listGlue: Set<String> = [",", "und", "and", "or", "oder", "der", "den", "die", "dem", "des", "the", "sowie"]
}

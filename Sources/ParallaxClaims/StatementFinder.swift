import ParallaxModel
import ParallaxText

/// Finds the central non-numeric assertions of a sentence: who did what to whom, denials of an
/// earlier claim, and direct quotes with their speaker.
struct StatementFinder: Sendable {
    var pack: LanguagePack

    init(pack: LanguagePack) {
        self.pack = pack
    }

    /// The clause words of the pack's language (`clause-subjects.txt`), kept by the pack (round 33, cspeed33): found in
    /// `ClauseWords.byLanguage` at every reading, each hashed the language's name and copied the table's seven
    /// collections, once per token in ``clauseStart(before:_:atCoordinators:)``'s scan.
    var clauseWords: ClauseWords { pack.clauseWords }

    /// Statement claims of one sentence (ids and article are set by the caller).
    /// - Parameter denialCandidates: the statements a denial of this sentence may contest, latest first: those
    ///   of the sentences just before, then the article's latest accusation. A denial contests the one it shares
    ///   most content words with (``deniedStatement(_:among:sentenceBefore:denier:)``).
    /// - Parameter accusedParties: the accused of the candidates that are accusations, by claim id (``accused(in:accuser:)``).
    /// - Parameter sentenceBefore: the id of the sentence just before, whose statement a denial that points back contests.
    func statements(
        in analysis: SentenceAnalysis, denialCandidates: [Claim], accusedParties: [String: AccusedParty] = [:],
        sentenceBefore: String? = nil
    ) -> [Claim] {
        // A verdict of falsity on a reported claim (`Berichte, wonach …, sind falsch`) denies it and asserts nothing of
        // the claim's own clause (round 29).
        if let verdict = falsityVerdictDenial(analysis, candidates: denialCandidates, sentenceBefore: sentenceBefore) {
            return [verdict] + quotes(in: analysis)
        }
        let tokens = analysis.tokenized.tokens
        var claims: [Claim] = []
        var index = 0
        var first: (index: Int, length: Int, label: String)?
        var denial: (index: Int, length: Int, label: String)?
        var quoted: (index: Int, length: Int, label: String)?
        var unquoted: [(index: Int, length: Int, label: String)] = []
        while index < tokens.count {
            if tokens[index].kind == .word, let match = pack.predicates.match(tokens, at: index),
                !isShapedAway(match.value, tokens, at: index),
                !isOtherHaltingSense(match.value, at: index, length: match.length, in: analysis)
            {
                if !isQuoted(tokens, index) {
                    unquoted.append((index, match.length, match.value))
                    first = first ?? (index, match.length, match.value)
                    if match.value == "denies" { denial = denial ?? (index, match.length, match.value) }
                } else {
                    quoted = quoted ?? (index, match.length, match.value)
                }
            }
            index += 1
        }
        // Every separable verb counts, so that an accusation and its denial in one sentence (`wirft Northline
        // vor, …; der Konzern weist das zurück`) are both seen.
        let separables = separablePredicates(analysis)
        for separable in separables {
            if separable.label == "denies", denial == nil || separable.index < denial!.index { denial = separable }
            if first == nil || separable.index < first!.index { first = separable }
        }
        first = actBeyondKnowledge(first, among: unquoted + separables)
        // The sentence's actors are read only by the branches of a predicate below (round 33, cspeed33: most sentences
        // have none, and the filter ran for every one).
        let actors = first != nil || quoted != nil ? analysis.actors(pack: pack) : []
        // An accusation and its denial in one sentence (`Estmar macht Valdoria verantwortlich, Valdoria
        // bestreitet jede Beteiligung`) are two statements, the second denying the first.
        // Which earlier statement a denial contests is asked only of a denial: it compares words with every candidate.
        let denialTarget = { (predicate: (index: Int, length: Int, label: String)) in
            deniedStatement(
                analysis, among: denialCandidates, sentenceBefore: sentenceBefore,
                denier: denyingParty(predicate, analysis: analysis, actors: actors, sameSentence: false)?.name)
        }
        if let negated = negationDenial(analysis, first: first, candidates: denialCandidates, sentenceBefore: sentenceBefore) {
            claims.append(negated)
        } else if let accusation = first, accusation.label == "accused", let denial, denial.index > accusation.index {
            claims += assertion(accusation, inner: innerAct(of: accusation, among: unquoted, tokens), analysis: analysis, actors: actors)
            if !claims.isEmpty {
                claims.append(denialClaim(denial, target: nil, sameSentence: true, analysis: analysis, actors: actors, accused: nil))
            }
        } else if let predicate = first ?? quoted {
            if predicate.label == "denies", let asserted = deniedAssertion(before: predicate, in: analysis, actors: actors) {
                // The clause before the denial is the assertion it answers, in words no predicate names (round 28).
                claims.append(asserted)
                claims.append(denialClaim(
                    predicate, target: asserted, sameSentence: true, analysis: analysis, actors: actors, accused: nil,
                    partyAlone: true))
            } else if predicate.label == "denies" {
                let target = denialTarget(predicate)
                claims.append(denialClaim(
                    predicate, target: target, sameSentence: false, analysis: analysis, actors: actors,
                    accused: target.flatMap { accusedParties[$0.id] }))
            } else if isNegated(tokens, predicate.index) {
                // `NO OBSTRUCTION`, `hat das Gutachten nie erhalten`: a speaker's negation denies the charge; the
                // writer's own negation (`Die Polizei nahm niemanden fest`) asserts nothing either way, nor does a party
                // that leaves an account open (`hat das weder bestätigt noch dementiert`, `did not confirm`).
                if !Self.verdictActs.contains(predicate.label), predicate.index == quoted?.index || analysis.attribution.stated != nil {
                    let target = denialTarget(predicate)
                claims.append(denialClaim(
                    predicate, target: target, sameSentence: false, analysis: analysis, actors: actors,
                    accused: target.flatMap { accusedParties[$0.id] }))
                }
            } else {
                let inner = predicate.label == "accused" ? innerAct(of: predicate, among: unquoted, tokens) : nil
                let main = assertionOrKnowledge(
                    assertion(predicate, inner: inner, analysis: analysis, actors: actors), instead: predicate, among: unquoted
                ) { assertion($0, analysis: analysis, actors: actors) }
                claims += main
                // A later clause that denies the assertion the sentence opens with (`…, Karsenien bestreitet das`, `…,
                // was die Reederei zurückwies`, `…, an allegation denied by the operator`): a denial of it (round 27).
                if let later = laterDenial(denial, after: predicate, quoted: quoted, tokens) {
                    claims.append(
                        main.isEmpty
                            ? denialClaim(
                                later, target: denialTarget(later), sameSentence: false, analysis: analysis, actors: actors,
                                accused: nil)
                            : denialClaim(
                                later, target: main.first, sameSentence: true, analysis: analysis, actors: actors, accused: nil))
                }
                // Further clauses with acts of their own (`… und stellte Waffen sicher`), after the first act's statement.
                if inner == nil, !main.isEmpty, predicate.index != quoted?.index {
                    let acts = furtherActs(after: predicate, among: unquoted + separables, tokens)
                    if !acts.isEmpty {
                        let firstSubject = main.first?.statement?.subject
                            ?? clauseSubject(ofPredicateAt: predicate.index, in: analysis, allowBareName: true)
                        claims += clauseStatements(acts, firstSubject: firstSubject, analysis: analysis)
                    }
                }
            }
        } else if let charge = chargeFrame(analysis) {
            // A charge in a frame whose act no predicate names (`soll … kassiert haben`, `alleges that …`, round 31).
            claims.append(charge)
        }
        claims += quotes(in: analysis)
        return claims
    }

    /// Whether a predicate is an act told in the passive that stands without a named party (round 14): a participle
    /// (not a capitalised noun: `Angriff`, `Ermittlungsverfahren`) with a passive auxiliary (``PassiveVoice``), in a
    /// clause that counts no one it was done to (`Some 350 emergency workers were deployed`: the figure's claim says
    /// it) and negates nothing (`Offiziell bestätigt wurde bisher nichts`). Since round 32 also the state passive (`Die
    /// Sprinkleranlage war abgeschaltet`, ``PassiveVoice/isStatePassive(_:at:length:)``).
    func isPartylessPassive(_ analysis: SentenceAnalysis, _ predicate: (index: Int, length: Int, label: String)) -> Bool {
        let tokens = analysis.tokenized.tokens
        guard !tokens[predicate.index].isCapitalized,
            pack.passiveVoice.isPassive(tokens, at: predicate.index, length: predicate.length)
                || pack.passiveVoice.isStatePassive(tokens, at: predicate.index, length: predicate.length)
        else { return false }
        func isStop(_ token: ClaimToken) -> Bool { token.kind == .punctuation && [",", ";", ":"].contains(token.text) }
        let start = tokens[..<predicate.index].lastIndex(where: isStop).map { $0 + 1 } ?? 0
        let end = tokens[predicate.index...].firstIndex(where: isStop) ?? tokens.count
        if analysis.quantities.contains(where: { $0.first < end && $0.end > start }) { return false }
        return !tokens[start..<end].contains { pack.negations.contains($0) }
    }

    /// True when a negation (`function-words.txt`, `negation`) stands among the three words before the predicate,
    /// with no punctuation between.
    func isNegated(_ tokens: [ClaimToken], _ index: Int) -> Bool {
        var before = index - 1
        while before >= max(0, index - 3), tokens[before].kind == .word {
            if pack.negations.contains(tokens[before]) { return true }
            before -= 1
        }
        return false
    }

    /// Predicates by which a party says whether an account is true (round 28). Negated, they leave the account open —
    /// not confirming is not denying, and not denying is not confirming (`weder bestätigt noch dementiert`, `has not
    /// confirmed`, `did not deny`) — so they make no denial.
    static let verdictActs: Set<String> = ["confirmed", "admitted", "denies"]

    /// Marks a denial of the statement just before it in the same sentence; ``ClaimBuilder`` replaces it
    /// with that statement's id.
    static let sameSentenceTarget = "#same-sentence"

    /// Acts that authorities do and the generic parties that do them (`Lexicons/authority-acts.txt`): such an act
    /// makes a statement with that party as subject when no named party does it.
    static var authorityActs: Set<String> { AuthorityActs.shared.acts }

    /// The generic parties that do ``authorityActs`` (canonical gazetteer names): not a place or a bystander named
    /// generically ("am Flughafen … festgenommen" is no arrest by the airport).
    static var authorities: Set<String> { AuthorityActs.shared.doers }

    /// The statement of a predicate that asserts something (not a denial), or none when it names neither
    /// party nor object — except an accusation, which is what a denial contests.
    /// - Parameter inner: the act an accusation charges (`accused him of leaking`), which is the statement's
    ///   predicate then: the accused is its subject and the accuser, the party before the accusation, its source.
    private func assertion(
        _ predicate: (index: Int, length: Int, label: String), inner: (index: Int, length: Int, label: String)? = nil,
        analysis: SentenceAnalysis, actors: [EntityMention]
    ) -> [Claim] {
        let accuser = inner == nil ? nil : actors.last { $0.end <= predicate.index }
        let subjectActor = inner == nil ? actors.first : (actors.first { $0.first > predicate.index } ?? actors.first)
        let sourceRange = analysis.attribution.sourceRange ?? 0..<0
        // An act that authorities do (``authorityActs``: investigations, arrests) has its generic doer as subject
        // when no named party does it: "Die Staatsanwaltschaft ermittelt", "police arrested the gunman" (round 13).
        let authorityDoer = subjectActor == nil && inner == nil && Self.authorityActs.contains(predicate.label)
            ? analysis.entities.first {
                $0.kind == "generic" && !$0.isAdjective && !sourceRange.contains($0.first) && Self.authorities.contains($0.name)
            } : nil
        // A charge of knowledge names the party that had it by its kind as often as by name (round 30).
        let genericDoer = authorityDoer ?? (subjectActor == nil && inner == nil ? knowledgeHolder(predicate, in: analysis) : nil)
        let opener = inner == nil ? subjectBeforeVerb(predicate, firstActor: subjectActor, in: analysis) : nil
        let subject = opener ?? subjectActor.map { $0.kind == "country" ? $0.name : $0.country ?? $0.name } ?? genericDoer?.name
            ?? (inner == nil && predicate.label != "accused" ? clauseSubject(ofPredicateAt: predicate.index, in: analysis, allowBareName: true) : nil)
            ?? (inner == nil && predicate.label != "accused" ? kindSubject(ofPredicateAt: predicate.index, in: analysis) : nil)
        let tokens = analysis.tokenized.tokens
        let objects = analysis.entities.filter { entity in
            !entity.isAdjective && !sourceRange.contains(entity.first) && entity.kind != "generic" && entity.kind != "person"
                && entity.kind != "organisation" && (entity.country ?? entity.name) != subject
        }
        let object = objects.first { $0.kind == "place" } ?? objects.first
        // An act told in the passive names no doer by its form ("The gunman was arrested", "sei aber ignoriert
        // worden"): it is asserted all the same — unless the sentence counts those it was done to ("Some 350
        // emergency workers were deployed"), which the figure's claim says (round 14).
        guard subject != nil || object != nil || predicate.label == "accused"
            || isPartylessPassive(analysis, predicate)
        else { return [] }
        let statement = Claim.Statement(subject: subject, predicate: inner?.label ?? predicate.label, object: object?.name)
        // A charged act says so in its attribution's reason (Reconcile meets it with bare accusations).
        let why = "accusation “\(tokens[predicate.index].text)”"
        var attribution = accuser.map {
            Attribution(text: analysis.tokenized.slice($0.first, $0.end), source: $0.name, hedged: analysis.attribution.hedged, why: why)
        } ?? analysis.effective
        if inner != nil, accuser == nil {
            attribution = Attribution(
                text: attribution?.text ?? "", source: attribution?.source, hedged: attribution?.hedged ?? false,
                why: [why, attribution?.why].compactMap { $0 }.joined(separator: "; "))
        }
        return [claim(analysis, statement: statement, subject: subject, attribution: attribution)]
    }

    /// The act an accusation charges, when a predicate of the lexicon names it in the accusation's own clause: English
    /// `accused him of leaking …`, `blamed X for obstructing …` (`of`/`for` at most five words after the verb, no clause
    /// punctuation between); German `wirft X vor, die Warnungen ignoriert zu haben` (after the particle `vor`, with `zu`
    /// right after the predicate). Not a denial and not another accusation.
    private func innerAct(
        of accusation: (index: Int, length: Int, label: String), among predicates: [(index: Int, length: Int, label: String)],
        _ tokens: [ClaimToken]
    ) -> (index: Int, length: Int, label: String)? {
        let clauseStops: Set<String> = [";", ":", ".", "!", "?"]
        for candidate in predicates where candidate.index > accusation.index {
            guard candidate.label != "accused", candidate.label != "denies" else { continue }
            let between = tokens[(accusation.index + accusation.length)..<candidate.index]
            if between.contains(where: { $0.kind == .punctuation && clauseStops.contains($0.text) }) { return nil }
            if let connector = between.lastIndex(where: { $0.lower == "of" || $0.lower == "for" }), connector == candidate.index - 1,
                connector - accusation.index <= 6, !between.contains(where: { $0.text == "," })
            {
                return candidate
            }
            let after = tokens[(candidate.index + candidate.length)..<min(tokens.count, candidate.index + candidate.length + 2)]
            if between.contains(where: { $0.lower == "vor" }), after.contains(where: { $0.lower == "zu" }) { return candidate }
        }
        return nil
    }

    /// The statement a denial contests among `candidates` (latest first): the one whose sentence shares most content
    /// words (``ContentWords``) with the denial's sentence, the later on a tie. A denial that names nothing of its
    /// own (`Ukraine denied this`) or refers back with a demonstrative (`Diese Aussage wird … bestritten`,
    /// ``refersBack(_:)``) contests the latest; one whose words no candidate shares contests the latest only
    /// when that is an accusation, else none of them.
    /// - Parameter candidates: may hold direct quotations and `said` statements (of the sentence just before the
    ///   denial); only a denial that refers back (``DenialBackReferences``) contests one, and not its own speaker's.
    /// - Parameter denier: the denying party, when known: a quotation of that party is not what it denies.
    func deniedStatement(
        _ analysis: SentenceAnalysis, among candidates: [Claim], sentenceBefore: String? = nil, denier: String? = nil
    ) -> Claim? {
        let tokens = analysis.tokenized.tokens
        // A denial that points back without naming the content (`denied the claim`, `weist das zurück`, `rejected
        // that.`) contests the statement of the sentence just before it, a quotation of another party included; one of
        // a charge (`den Vorwurf`, `the allegations`) the latest accusation among the candidates. When the sentence before
        // states nothing the finder read, or no candidate is a charge, the rules below decide (round 24).
        if let reference = pack.denialBackReferences.reference(in: tokens, alone: pack.referringDemonstratives) {
            // A charge that no candidate makes was not read: the rules below decide (not a quotation or another act).
            if reference == .charge, let charge = candidates.first(where: Self.isCharge) { return charge }
            let before = candidates.first { candidate in
                reference == .statement && candidate.sentence == sentenceBefore
                    && !(Self.isSpeech(candidate) && candidate.statement?.subject != nil && candidate.statement?.subject == denier)
            }
            if let before { return before }
        }
        // Otherwise a quotation is not what a denial contests (the denier's own words often stand beside it).
        let candidates = candidates.filter { !Self.isSpeech($0) }
        guard let latest = candidates.first else { return nil }
        // The denying party's words (any party the sentence names), the denial verb's and the nouns of a claim
        // (`claim-nouns.txt`) name nothing of the denied assertion.
        var named = Set<Int>()
        for entity in analysis.entities { named.formUnion(entity.first..<entity.end) }
        var own = Set<String>()
        for (index, token) in tokens.enumerated() where token.kind == .word && token.lower.count >= ContentWords.minimumLength && !named.contains(index) {
            if pack.claimNouns.contains(token.lower) || pack.predicates.match(tokens, at: index)?.value == "denies" { continue }
            own.insert(String(token.lower.prefix(ContentWords.minimumLength)))
        }
        guard !own.isEmpty else { return latest }
        // A denial that refers back with a demonstrative (`Diese Aussage wird … bestritten`, `Ungarn weist dies
        // zurück`, `denied this`) contests the statement just before it, whatever else its sentence says (`von der
        // Ukraine, die eine Gegenoffensive gestartet hat`: the denier's own words).
        if refersBack(tokens) { return latest }
        var best: (claim: Claim, shared: Int)?
        for candidate in candidates {
            let shared = own.intersection(ContentWords.of(candidate.text)).count
            if shared > (best?.shared ?? 0) { best = (candidate, shared) }
        }
        if best == nil, let target = compoundHeadTarget(tokens, among: candidates, skipping: named) { return target }
        // A denial that argues with reasons of its own (`rejected the accusation, saying all inspections were made`)
        // still contests the accusation right before it.
        return best?.claim ?? (Self.isCharge(latest) ? latest : nil)
    }

    /// The latest candidate that a noun of the denial names by its compound's head (round 33): German names a thing again
    /// by the last part of its compound (`die Sprinkleranlage` … `Die Anlage sei erst im März gewartet worden`), so a
    /// denial that shares no word with any candidate contests the one whose compound ends in its noun. Nouns only
    /// (capitalised, of five letters or more), outside the parties the sentence names; nil in a language that does not
    /// capitalise its nouns, or when no candidate holds such a compound.
    /// - Complexity: O(n·w) for the denial's n nouns and the candidates' w words; asked only of a denial no word links.
    private func compoundHeadTarget(_ tokens: [ClaimToken], among candidates: [Claim], skipping named: Set<Int>) -> Claim? {
        guard pack.capitalizesNouns else { return nil }
        let heads = tokens.indices.compactMap { index -> String? in
            let token = tokens[index]
            guard token.kind == .word, token.isCapitalized, token.lower.count >= 5, !named.contains(index),
                !pack.claimNouns.contains(token.lower), !pack.determiners.contains(token)
            else { return nil }
            return token.lower
        }
        guard !heads.isEmpty else { return nil }
        return candidates.first { candidate in
            candidate.text.lowercased().split(whereSeparator: { !$0.isLetter }).contains { word in
                heads.contains { word.count >= $0.count + 3 && word.hasSuffix($0) }
            }
        }
    }

    /// Whether a statement is direct speech or a reported `said`.
    private static func isSpeech(_ claim: Claim) -> Bool { claim.statement?.predicate == "said" }

    /// Whether a statement is an accusation or the act one charges (its attribution's reason names the accusation).
    private static func isCharge(_ claim: Claim) -> Bool {
        claim.statement?.predicate == "accused" || claim.attribution?.why?.hasPrefix("accusation") == true
    }

    /// Whether a sentence refers back to a statement with a demonstrative (`refer` rows of `claim-nouns.txt`) standing
    /// alone (`denied this .`, `weist dies zurück`) or before a noun of a claim (`Diese Aussage`, `these claims`).
    private func refersBack(_ tokens: [ClaimToken]) -> Bool {
        for (index, token) in tokens.enumerated() where token.kind == .word && pack.referringDemonstratives.contains(token.lower) {
            guard index + 1 < tokens.count else { return true }
            let next = tokens[index + 1]
            if next.kind == .punctuation || pack.claimNouns.contains(next.lower) { return true }
        }
        return false
    }

    /// A denial by its party (``denyingParty(_:analysis:actors:sameSentence:)``), of `target` (or of the statement
    /// before it in the sentence).
    /// - Parameter partyAlone: read the party as for a denial whose sentence makes no accusation of its own (the
    ///   assertion a same-sentence denial answers names no act, ``deniedAssertion(before:in:actors:)``).
    private func denialClaim(
        _ predicate: (index: Int, length: Int, label: String), target: Claim?, sameSentence: Bool,
        analysis: SentenceAnalysis, actors: [EntityMention], accused: AccusedParty?, partyAlone: Bool = false
    ) -> Claim {
        let tokens = analysis.tokenized.tokens
        // A body named by its kind that denies a charge is the party the charge was made against (round 22).
        var party = accused.flatMap { accused in
            deniesByKind(beforeVerbAt: predicate.index, in: analysis, accused: accused) && !isQuoted(tokens, predicate.index)
                ? (name: accused.name, text: analysis.tokenized.slice(predicate.index, predicate.index + predicate.length)) : nil
        } ?? denyingParty(predicate, analysis: analysis, actors: actors, sameSentence: sameSentence && !partyAlone)
        // `Der Verbund widerspricht` after `Klinikverbund Auental`: a one-word denier that is the head of a compound in a body's
        // name named before is that body (round 32; ``BodyMemory/compoundHolder(headedBy:current:)``).
        if pack.capitalizesNouns, let name = party?.name, !name.contains(" "),
            let body = analysis.speakers.bodies.compoundHolder(
                headedBy: name, current: analysis.speakers.named.filter { $0.index < predicate.index })
        {
            party?.name = body
        }
        let named = target?.statement.map { [$0.predicate, $0.object].compactMap { $0 }.joined(separator: " ") }
        let denied = sameSentence ? named ?? "accused" : named
        let statement = Claim.Statement(
            subject: party?.name, predicate: "denies", object: denied,
            denies: sameSentence ? Self.sameSentenceTarget : target?.id, deniedBy: party?.name)
        return claim(
            analysis, statement: statement, subject: party?.name,
            attribution: party.map {
                Attribution(text: $0.text, source: $0.name, hedged: false, why: "denial “\(tokens[predicate.index].text)”")
            })
    }

    /// Who denies. Words of denial inside a quotation (`“NO COLLUSION and NO OBSTRUCTION”`, `said the evidence was
    /// “fake and fabricated”`) are the speaker's: the party of the last verb of saying before them, else the sentence's
    /// source. A verb of denial outside quotes has its party read as a verb of saying's speaker is
    /// (``AttributionFinder/party(ofVerbAt:in:entities:context:)``: `Karsenien weist das zurück`, `Die Behörde bestreitet
    /// das`, `Kestria, of course, denies everything`); else the actor nearest the verb (before it, when the sentence
    /// also makes the accusation denied); else the sentence's speaker.
    private func denyingParty(
        _ predicate: (index: Int, length: Int, label: String), analysis: SentenceAnalysis, actors: [EntityMention],
        sameSentence: Bool
    ) -> (name: String, text: String)? {
        let tokens = analysis.tokenized.tokens
        let speaker = analysis.attribution.clauses.last { $0.cue.upperBound <= predicate.index }.flatMap { clause in
            clause.attribution.source.map { (name: $0, text: clause.attribution.text) }
        } ?? analysis.attribution.stated.flatMap { stated in stated.source.map { (name: $0, text: stated.text) } }
        if isQuoted(tokens, predicate.index), let speaker { return speaker }
        let verb = predicate.index..<(predicate.index + predicate.length)
        // The doer of a denial told in the passive (`denied by Stavren`, round 27).
        if let agent = passiveAgent(ofVerbAt: verb, in: analysis) { return agent }
        // A denier introduced by a role of a named body speaks for that body (`GSN-Vorsitzender Arvid Lund`, round 20).
        if let body = roleHolderBody(beforeVerbAt: predicate.index, in: analysis) {
            return (body, analysis.tokenized.slice(verb.lowerBound, verb.upperBound))
        }
        // A representative named by whose he is (`Zölligs Anwalt`, `His lawyer has denied`, round 20).
        if let label = possessedRoleParty(beforeVerbAt: predicate.index, in: analysis) {
            return (label, analysis.tokenized.slice(verb.lowerBound, verb.upperBound))
        }
        // A kind noun (`Das Unternehmen`, `The company`) is the body of that kind the story names most (round 27).
        if let body = kindDenier(beforeVerbAt: predicate.index, in: analysis) {
            return (body, analysis.tokenized.slice(verb.lowerBound, verb.upperBound))
        }
        if let name = AttributionFinder(pack: pack).party(
            ofVerbAt: verb, in: tokens, entities: analysis.entities, context: analysis.speakers)
        {
            return (name, analysis.tokenized.slice(verb.lowerBound, verb.upperBound))
        }
        let nearest = actors.filter { !sameSentence || $0.first > predicate.index - 4 }
            .min { abs($0.first - predicate.index) < abs($1.first - predicate.index) }
        if let nearest { return (nearest.name, analysis.tokenized.slice(nearest.first, nearest.end)) }
        // The party that opens the verb's clause (`Valdoria dementierte`, `Kestria's ministry rejected …`), also one
        // the entity finder does not know, before the sentence's speaker (round 19).
        if !sameSentence, let subject = clauseSubject(ofPredicateAt: predicate.index, in: analysis, allowBareName: true, isDenial: true) {
            return (subject, analysis.tokenized.slice(predicate.index, predicate.index + predicate.length))
        }
        // … read past an intensifier or an aside before the verb (`Fink selbst bestreitet`, `Kestria, of course, denies`).
        if !sameSentence, let end = subjectEnd(beforeVerbAt: predicate.index, in: tokens),
            let subject = clauseSubject(ofPredicateAt: end, in: analysis, allowBareName: true, isDenial: true)
        {
            return (subject, analysis.tokenized.slice(predicate.index, predicate.index + predicate.length))
        }
        return speaker
    }

    func claim(
        _ analysis: SentenceAnalysis, statement: Claim.Statement, subject: String?, attribution: Attribution?
    ) -> Claim {
        let sentence = analysis.sentence
        return Claim(
            id: "", article: "", sentence: sentence.id, text: sentence.text, kind: .statement, subject: subject,
            attribution: attribution, time: analysis.times.first.map(analysis.span(of:)), statement: statement,
            start: sentence.start, end: sentence.end)
    }

    /// Direct speech of at least four words whose speaker the sentence names (or refers to).
    private func quotes(in analysis: SentenceAnalysis) -> [Claim] {
        let tokens = analysis.tokenized.tokens
        guard let speaker = analysis.attribution.stated?.source else { return [] }
        var claims: [Claim] = []
        var open: Int?
        for (index, token) in tokens.enumerated() where token.kind == .punctuation && Self.quoteMarks.contains(token.text) {
            if let start = open {
                if tokens[(start + 1)..<index].filter(\.isWord).count >= 4 {
                    let first = tokens[start].start, end = token.end
                    claims.append(
                        Claim(
                            id: "", article: "", sentence: analysis.sentence.id,
                            text: analysis.tokenized.slice(from: first, to: end), kind: .statement, subject: speaker,
                            attribution: Attribution(text: analysis.attribution.stated?.text ?? "", source: speaker, hedged: false, why: "direct quote"),
                            statement: Claim.Statement(subject: speaker, predicate: "said", object: nil),
                            start: first, end: end))
                }
                open = nil
            } else {
                open = index
            }
        }
        return claims
    }

    /// The verbs outside quotes whose particle follows later in the sentence (`wies die Vorwürfe zurück`,
    /// `machte Valdoria für den Angriff verantwortlich`), each with its first matching particle.
    private func separablePredicates(_ analysis: SentenceAnalysis) -> [(index: Int, length: Int, label: String)] {
        guard !pack.separablePredicates.isEmpty else { return [] }
        let tokens = analysis.tokenized.tokens
        var found: [(index: Int, length: Int, label: String)] = []
        for index in tokens.indices where tokens[index].kind == .word {
            guard pack.maySeparate(tokens[index].lower), pack.separablePredicateWords.contains(tokens[index]),
                let entries = pack.separablePredicates[tokens[index].lower], !isQuoted(tokens, index)
            else { continue }
            for entry in entries {
                guard let particle = tokens.indices.dropFirst(index + 1).first(where: {
                    tokens[$0].lower == entry.particle && closesClause(particleAt: $0, tokens)
                }) else { continue }
                if !isShapedAway(entry.label, tokens, at: index),
                    !isOtherHaltingSense(entry.label, at: index, length: 1, particle: particle, in: analysis)
                {
                    found.append((index, 1, entry.label))
                }
                break
            }
        }
        return found
    }

    /// Whether the particle at `index` may be a separable verb's. The particle is the right bracket of its clause; one
    /// that is also a preposition, an article or another common word (`ein`, `aus`, `vor`) counts only where it closes
    /// that clause — at the sentence's end, before punctuation, before a word that joins clauses or before the `zu` of an
    /// infinitive (`stellte den Betrieb ein.`, `wirft ihm vor zu lügen`; not `stellt ein neues Modell vor`, where `ein` is
    /// the article, nor `setzt auf Strom aus Wind`; round 32).
    func closesClause(particleAt index: Int, _ tokens: [ClaimToken]) -> Bool {
        let particle = tokens[index]
        guard clauseWords.prepositions.contains(particle.lower) || pack.determiners.contains(particle)
            || pack.commonWords.contains(particle.lower)
        else { return true }
        guard index + 1 < tokens.count else { return true }
        let next = tokens[index + 1]
        return next.kind == .punctuation || next.lower == "zu" || clauseWords.coordinators.contains(next.lower)
            || clauseWords.complementizers.contains(next.lower)
    }

    func isQuoted(_ tokens: [ClaimToken], _ index: Int) -> Bool {
        tokens[..<index].filter { $0.kind == .punctuation && Self.quoteMarks.contains($0.text) }.count % 2 == 1
    }

    private static let quoteMarks: Set<String> = ["\"", "„", "“", "”", "«", "»", "‚", "‘"]
}

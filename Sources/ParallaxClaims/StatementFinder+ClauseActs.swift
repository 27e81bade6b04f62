import Foundation
import ParallaxModel

/// The closed classes by which a clause's subject and a sentence's further clauses are read
/// (`Lexicons/<lang>/clause-subjects.txt`, round 19).
struct ClauseWords: Sendable {
    /// Words that open a subordinate clause whose subject follows them (`dass`, `that`).
    var complementizers: Set<String> = []
    /// Finite auxiliaries and modals that may stand between a subject and its verb (`hat`, `has`).
    var auxiliaries: Set<String> = []
    /// Words that join two clauses which may each carry an act (`und`, `and`).
    var coordinators: Set<String> = []
    /// Adverbs that may fill the place before the finite verb (`Allerdings`, `Damit`): never a party.
    var adverbs: Set<String> = []
    /// Prepositions: a party inside a prepositional phrase before the verb (`In Italien wurde …`) is no subject.
    var prepositions: Set<String> = []
    /// Endings of plural nouns: a sentence's first word with one is a noun capitalised by its position (`Witnesses`).
    var pluralEndings: [String] = []
    /// Prepositions that name the doer of a passive verb right after it (`denied by the operator`; round 27).
    var agents: Set<String> = []

    /// The words of every language with a lexicon folder, read once.
    static let byLanguage: [String: ClauseWords] = {
        var result: [String: ClauseWords] = [:]
        for language in LexiconFile.languages {
            var words = ClauseWords()
            for row in LexiconFile.rows("clause-subjects.txt", in: LexiconFile.folder(language: language)) where row.count >= 2 {
                let word = row[1].lowercased()
                switch row[0] {
                case "complementizer": words.complementizers.insert(word)
                case "auxiliary": words.auxiliaries.insert(word)
                case "coordinator": words.coordinators.insert(word)
                case "adverb": words.adverbs.insert(word)
                case "preposition": words.prepositions.insert(word)
                case "plural-ending": words.pluralEndings.append(word)
                case "agent": words.agents.insert(word)
                default: continue
                }
            }
            result[language] = words
        }
        return result
    }()
}

/// A sentence often reports two acts (`Die Polizei nahm zwei Männer fest und stellte Waffen sicher`, `Kondora freezes
/// withdrawals and files for insolvency`, `a report had found cracks and that the company had postponed repairs`): each
/// clause joined by a coordinator (`und`, `and`) or a complementizer (`dass`, `that`), or a verb right after a comma
/// (`freezes withdrawals, files for insolvency`), carries a statement of its own. And the party of an act is the phrase
/// that opens its clause (`Energy Minister Colm Ferriter ordered …`, `Die Firma Velora Air hat … beantragt`) even
/// where the attribution reads that party as the sentence's speaker.
extension StatementFinder {
    typealias Predicate = (index: Int, length: Int, label: String)

    /// Where the clause of the word at `index` begins: after the last comma, semicolon, colon or dash before it, or
    /// after the last complementizer (and, with `atCoordinators`, coordinator) before it, else the sentence's start.
    /// A coordinator joins noun phrases as well (`Pistolen, Messer und Feuerwerkskörper beschlagnahmt`), so a subject
    /// is never read from right after one.
    /// - Complexity: O(distance to the clause's start).
    func clauseStart(before index: Int, _ tokens: [ClaimToken], atCoordinators: Bool = true) -> Int {
        var cursor = index - 1
        while cursor >= 0 {
            let token = tokens[cursor]
            if token.kind == .punctuation, [",", ";", ":", "–", "—"].contains(token.text) { return cursor + 1 }
            if token.kind == .word,
                atCoordinators && clauseWords.coordinators.contains(token.lower) || clauseWords.complementizers.contains(token.lower)
            {
                return cursor + 1
            }
            cursor -= 1
        }
        return 0
    }

    /// The party that opens the clause of the predicate at `index` (its subject by position): an entity (also one the
    /// attribution reads as the speaker; not a generic party such as `district office`, which names no one) that starts the clause after its determiners and
    /// ends before the predicate; else, where the clause opens with a capitalised name right before the verb or
    /// before an auxiliary of it (`Brammer has admitted`, `Valdoria dementierte`), that name in lower case.
    /// - Parameter allowBareName: whether a name no entity finder knows may serve (only before the verb itself or
    ///   an auxiliary right before it).
    /// - Parameter isDenial: whether the verb is one of denial: where nouns are capitalised, a single word no adverb list
    ///   holds before such a verb names its party even when the article did not name it before (`Valdoria dementierte`,
    ///   `Tafelwerk weist das zurück`): a denial is a party's act, the word before it its subject.
    func clauseSubject(ofPredicateAt index: Int, in analysis: SentenceAnalysis, allowBareName: Bool, isDenial: Bool = false) -> String? {
        let tokens = analysis.tokenized.tokens
        var start = clauseStart(before: index, tokens, atCoordinators: false)
        while start < index, clauseWords.complementizers.contains(tokens[start].lower) || clauseWords.coordinators.contains(tokens[start].lower) {
            start += 1
        }
        guard start < index, !pack.relativePronouns.contains(tokens[start]) else { return nil }
        var opening = start
        while opening < index, pack.determiners.contains(tokens[opening]) { opening += 1 }
        // The subject stands right before the verb, or before a finite auxiliary that opens the verbal bracket
        // (`VW hat … zugegeben`, `Brammer has admitted`).
        func isBeforeVerb(_ end: Int) -> Bool { end == index || (end < index && clauseWords.auxiliaries.contains(tokens[end].lower)) }
        // A title before the name belongs to its noun phrase (`Energy Minister Colm Ferriter ordered`): only capitalised
        // words may stand between the clause's opening and the entity, and no preposition (`In Italien wurde …`).
        func opensPhrase(_ first: Int) -> Bool {
            guard first >= start, !clauseWords.prepositions.contains(tokens[start].lower) else { return false }
            return first <= opening || tokens[opening..<first].allSatisfy {
                $0.kind == .word && $0.isCapitalized && !clauseWords.prepositions.contains($0.lower)
            }
        }
        if let entity = analysis.entities.first(where: {
            !$0.isAdjective && $0.kind != "place" && $0.kind != "generic" && opensPhrase($0.first)
                && $0.end <= index && isBeforeVerb($0.end)
        }) {
            return entity.kind == "country" ? entity.name : entity.country ?? entity.name
        }
        guard allowBareName, opening == start else { return nil }
        // Where nouns are capitalised, the word before the verb is as often an adverb or a noun (`Damit bestätigt …`,
        // `Forscher entdeckten …`): only a name the article gave before serves there (``AttributionFinder/knownName``),
        // or, before a verb of denial, a word no adverb or preposition list holds. Elsewhere a sentence's first word with
        // a plural ending is a noun capitalised by its position (`Witnesses demanded …`).
        if start == 0, clauseWords.pluralEndings.contains(where: { tokens[start].lower.hasSuffix($0) }) { return nil }
        if pack.capitalizesNouns {
            var verb = start + 1
            while verb < index, clauseWords.auxiliaries.contains(tokens[verb].lower) { verb += 1 }
            // The verbal bracket (round 32): a finite auxiliary or modal in second place, the participle or infinitive
            // that carries the act at the clause's end (`Velwind habe seit Oktober von den Rissen gewusst`, `Kondora hat
            // alle Auszahlungen gestoppt`) — the name before the auxiliary is the subject. A phrase of a noun and its
            // participle closes the bracket with the participle (`hat am Dienstag Insolvenz beantragt`, `hat gestern Anklage
            // erhoben`; round 33): its last word, not its capitalised noun, must be the verb form.
            let last = index + max(0, (pack.predicates.match(tokens, at: index)?.length ?? 1) - 1)
            let bracket = verb > start + 1 && !tokens[last].isCapitalized
            guard verb == index || bracket else { return nil }
            if let known = AttributionFinder(pack: pack).knownName(
                tokens, at: start, bodies: analysis.speakers.bodies, people: analysis.speakers.people)
            {
                return known
            }
            guard isDenial, isBareName(tokens[start]),
                !pack.capitalizesNouns || !pack.commonNounEndings.contains(where: { tokens[start].lower.hasSuffix($0) })
            else { return nil }
            return tokens[start].lower
        }
        var end = start
        // A name of two words at most (`Colm Ferriter`).
        while end < index, end - start < 2, isBareName(tokens[end]) { end += 1 }
        guard end > start else { return nil }
        var verb = end
        while verb < index, clauseWords.auxiliaries.contains(tokens[verb].lower) { verb += 1 }
        guard verb == index else { return nil }
        return tokens[start..<end].map(\.lower).joined(separator: " ")
    }

    /// A capitalised word that can be part of a name, in a language that capitalises only names: not a pronoun, function
    /// word or back-reference noun.
    private func isBareName(_ token: ClaimToken) -> Bool {
        guard token.kind == .word, token.isCapitalized, token.text.count > 2, !pack.pronouns.contains(token),
            !clauseWords.adverbs.contains(token.lower), !clauseWords.prepositions.contains(token.lower),
            !pack.commonWords.contains(token.lower), !pack.determiners.contains(token), !pack.negations.contains(token),
            pack.backReferences.nouns[token.lower] == nil,
            !clauseWords.auxiliaries.contains(token.lower), !clauseWords.complementizers.contains(token.lower)
        else { return false }
        return true
    }

    /// The acts of the clauses after the first predicate's (each a predicate of `predicates` after `first`, in order):
    /// a predicate opens a further act when a coordinator, a complementizer or a comma right before it separates it
    /// from the act before, it is a verb (not capitalised, no determiner before it), neither a denial nor an accusation
    /// nor negated, and names another act than the one before.
    func furtherActs(after first: Predicate, among predicates: [Predicate], _ tokens: [ClaimToken]) -> [Predicate] {
        var acts: [Predicate] = []
        var previous = first
        for candidate in predicates.sorted(by: { $0.index < $1.index }) where candidate.index >= previous.index + previous.length {
            // A phrase of a noun and its participle is a verb form by its last word (`Insolvenz beantragt`, round 33).
            guard candidate.label != "denies", candidate.label != "accused", candidate.label != previous.label,
                !tokens[candidate.index + candidate.length - 1].isCapitalized, candidate.index > 0,
                !pack.determiners.contains(tokens[candidate.index - 1]), !isNegated(tokens, candidate.index)
            else { continue }
            let between = tokens[(previous.index + previous.length)..<candidate.index]
            let joined = between.contains { token in
                token.kind == .word
                    && (clauseWords.coordinators.contains(token.lower) || clauseWords.complementizers.contains(token.lower))
            } || tokens[candidate.index - 1].text == ","
            guard joined, !between.contains(where: { $0.kind == .punctuation && [";", ":", "?", "!"].contains($0.text) }),
                isFinite(candidate, tokens) || sharesBracket(candidate, after: first, tokens)
            else { continue }
            acts.append(candidate)
            previous = candidate
        }
        return acts
    }

    /// Whether a German participle closes a clause coordinated with the first act's verbal bracket and so shares its
    /// finite auxiliary (`hat … alle Auszahlungen gestoppt und am Nachmittag beim Amtsgericht Insolvenz beantragt`, round
    /// 33): the language puts the participle last, the candidate ends its clause, and an auxiliary stands before the first
    /// act in its clause.
    private func sharesBracket(_ candidate: Predicate, after first: Predicate, _ tokens: [ClaimToken]) -> Bool {
        guard pack.capitalizesNouns else { return false }
        let end = candidate.index + candidate.length
        guard end == tokens.count || tokens[end].kind == .punctuation else { return false }
        let start = clauseStart(before: first.index, tokens, atCoordinators: false)
        return tokens[start..<first.index].contains { $0.kind == .word && clauseWords.auxiliaries.contains($0.lower) }
    }

    /// Whether a predicate is the verb of its own clause rather than an attribute (`files seized by Israel`): it stands
    /// right after the word that joins its clause (`und meldet`, `and files`, `, files`), or an auxiliary stands within
    /// two words of it (`had repeatedly postponed`, `verschoben haben`, `ausgefallen war`).
    private func isFinite(_ predicate: Predicate, _ tokens: [ClaimToken]) -> Bool {
        let before = tokens[predicate.index - 1]
        if before.text == "," || clauseWords.coordinators.contains(before.lower) { return true }
        let near = tokens[max(0, predicate.index - 2)..<predicate.index]
            + tokens[(predicate.index + predicate.length)..<min(tokens.count, predicate.index + predicate.length + 2)]
        return near.contains { $0.kind == .word && clauseWords.auxiliaries.contains($0.lower) }
    }

    /// The statements of the further clauses of a sentence whose first act made `main` (or nothing): each with the
    /// party opening its own clause, else the first act's party (coordinated verbs share their subject), and the
    /// first place or thing named in its clause as object.
    func clauseStatements(
        _ acts: [Predicate], firstSubject: String?, analysis: SentenceAnalysis
    ) -> [Claim] {
        let tokens = analysis.tokenized.tokens
        let sourceRange = analysis.attribution.sourceRange ?? 0..<0
        var claims: [Claim] = []
        for act in acts {
            let start = clauseStart(before: act.index, tokens)
            let end = tokens[(act.index + act.length)...].firstIndex { token in
                token.kind == .punctuation && [",", ";", ":", "."].contains(token.text)
                    || token.kind == .word && clauseWords.coordinators.contains(token.lower)
            } ?? tokens.count
            // Verbs joined right after `und`, `and` or a comma share the first act's subject (`stoppt Auszahlungen und
            // meldet Insolvenz an`); a clause with words of its own before its verb (`while Mr. Gates … have pleaded`)
            // has its own subject or none.
            // A German clause that ends in its participle without a finite auxiliary of its own shares the first clause's
            // bracket, and with it its subject (`hat … gestoppt und am Nachmittag beim Amtsgericht Insolvenz beantragt`).
            let sharesSubject = tokens[act.index - 1].text == "," || clauseWords.coordinators.contains(tokens[act.index - 1].lower)
                || (pack.capitalizesNouns && end == act.index + act.length && (end == tokens.count || tokens[end].kind == .punctuation)
                    && !tokens[start..<act.index].contains { $0.kind == .word && clauseWords.auxiliaries.contains($0.lower) })
            let subject = clauseSubject(ofPredicateAt: act.index, in: analysis, allowBareName: true) ?? (sharesSubject ? firstSubject : nil)
            let object = analysis.entities.first { entity in
                !entity.isAdjective && !sourceRange.contains(entity.first) && entity.first >= start && entity.first < end
                    && entity.first > act.index && entity.kind != "generic" && entity.kind != "person" && entity.kind != "organisation"
                    && (entity.country ?? entity.name) != subject
            }?.name
            guard subject != nil || object != nil || isPartylessPassive(analysis, act) else { continue }
            let statement = Claim.Statement(subject: subject, predicate: act.label, object: object)
            claims.append(claim(analysis, statement: statement, subject: subject, attribution: analysis.effective))
        }
        return claims
    }
}

import ParallaxModel

/// The accused denies (round 22).
///
/// News tells a charge and its denial in this order: `Die Gewerkschaft GCB wirft Brannholt vor, … gelagert zu haben. Die Firma
/// bestreitet das.`, `… accuses the state mining authority of failing to warn residents. The authority denied this.` The denier
/// is named by its kind alone (`die Firma`, `das Unternehmen`, `die Behörde`, `the authority`, `the airline`), and the kind refers
/// to the party the charge was made against — not to whichever body of that kind the article named last (a list of insurers,
/// the accusing residents' group). So when the denial's subject is such a back-reference (a determiner and a kind noun right
/// before the verb of denial, ``BodyMemory/reference(_:_:_:)``) and the statement it contests is an accusation whose accused
/// the accusation's sentence names, the accused is the party.
/// The party an accusation is made against, and whether its words name a kind of body (`government`, `state mining
/// authority`) rather than a bare name (`brannholt`).
struct AccusedParty: Sendable {
    var name: String
    var namesKind: Bool
}

extension StatementFinder {
    /// Words that end the accused after a verb of accusing and open the charge (`vor`, `für`, `of`, `for`, `that`):
    /// `charge-opener` rows of `function-words.txt`, per language.
    static let chargeOpeners: [String: Set<String>] = Dictionary(
        uniqueKeysWithValues: LexiconFile.languages.map { language in
            (language, Set(LexiconFile.functionWords(language: language)
                .filter { $0[0] == "charge-opener" && $0.count > 1 }.map { $0[1] }))
        })

    /// The party an accusation is made against: the first party its sentence names after the verb of accusing (`wirft
    /// Brannholt vor`, `accuses the state mining authority of`), within eight words, other than the accuser; nil when
    /// the sentence has no verb of accusing or names no party after it.
    /// - Complexity: O(tokens + entities) of the accusation's sentence, once per accusation.
    func accused(in analysis: SentenceAnalysis, accuser: String?) -> AccusedParty? {
        let tokens = analysis.tokenized.tokens
        var verb: Int?
        for index in tokens.indices where tokens[index].kind == .word {
            if pack.predicates.match(tokens, at: index)?.value == "accused" { verb = index; break }
            if pack.maySeparate(tokens[index].lower), pack.separablePredicateWords.contains(tokens[index]),
                let entries = pack.separablePredicates[tokens[index].lower],
                entries.contains(where: { entry in entry.label == "accused" && tokens[(index + 1)...].contains { $0.lower == entry.particle } })
            {
                verb = index
                break
            }
        }
        guard let verb else { return nil }
        let source = analysis.attribution.sourceRange
        let party = analysis.entities.first { entity in
            entity.first > verb && entity.first <= verb + 8 && !entity.isAdjective && entity.kind != "place"
                && source?.contains(entity.first) != true && entity.name != accuser
                && !pack.backReferences.groupLabels.contains(entity.name)
        }
        if let party, !pack.determiners.contains(tokens[verb + 1]) || party.first <= verb + 2 {
            return AccusedParty(name: party.name, namesKind: party.kind == "generic" || hasKindWord(party.name))
        }
        return objectPhrase(after: verb, in: tokens).map { AccusedParty(name: $0, namesKind: hasKindWord($0)) }
    }

    /// The words right after a verb of accusing up to the end of its object (`wirft Brannholt vor`, `wirft dem Landesamt für
    /// Wasserwirtschaft vor`, `accuses the state mining authority of`): at most five words, without the determiner that
    /// opens them, ending before punctuation, a preposition that opens the charge (`of`, `for`), a conjunction or the verb's
    /// particle; lower-case. Nil when that leaves no word or the object is a pronoun.
    private func objectPhrase(after verb: Int, in tokens: [ClaimToken]) -> String? {
        let openers = Self.chargeOpeners[pack.language] ?? []
        var index = verb + 1
        while index < tokens.count, pack.determiners.contains(tokens[index]) { index += 1 }
        var words: [String] = []
        while index < tokens.count, words.count < 6, tokens[index].kind == .word {
            let token = tokens[index]
            if openers.contains(token.lower) || pack.sourcelessPronouns.contains(token) { break }
            words.append(token.lower)
            index += 1
        }
        guard !words.isEmpty, words.count <= 5, index < tokens.count, tokens[index].kind != .word || openers.contains(tokens[index].lower)
        else { return nil }
        return words.joined(separator: " ")
    }

    /// Whether the subject right before the verb of denial at `index` is a body named by its kind alone (`Die Firma
    /// bestreitet`, `Ein Sprecher der Gesellschaft wies … zurück`, `The authority denied`, `which the airline denies`): a
    /// back-reference ending at most one word before the verb.
    /// The kind noun is matched against the accused (``fits(_:accused:)``): `the commission` does not deny a charge made against
    /// the government.
    func deniesByKind(beforeVerbAt index: Int, in analysis: SentenceAnalysis, accused: AccusedParty) -> Bool {
        let tokens = analysis.tokenized.tokens
        return analysis.entities.contains { entity in
            entity.end <= index && index - entity.end <= 1 && BodyMemory.reference(entity, tokens, pack) != nil
                && fits(tokens[entity.end - 1].lower, accused: accused)
        }
    }

    /// Whether a kind noun (`firma`, `authority`) may stand for the accused: the accused's label holds the noun (`state mining
    /// authority`, `landesamt für …` for `Landesamt`), or names no kind of body at all — a bare name (`brannholt`) has no kind
    /// to contradict the noun, while `government` or `gesundheitsamt` has one of its own.
    private func fits(_ noun: String, accused: AccusedParty) -> Bool {
        let words = accused.name.split(separator: " ")
        if words.contains(where: { $0 == noun || $0.hasSuffix(noun) }) { return true }
        return !accused.namesKind
    }

    /// Whether a label holds a word that names a kind of body (a back-reference noun, a descriptor, a body of a state such as
    /// `government` or `military`, a compound ending in a back-reference noun).
    private func hasKindWord(_ label: String) -> Bool {
        label.split(separator: " ").map(String.init).contains { word in
            pack.backReferences.nouns[word] != nil || pack.descriptors.lookup(word) != nil || pack.bodies.value(of: word) != nil
                || (pack.capitalizesNouns && BodyMemory.compoundBody(word, pack: pack) != nil)
        }
    }

}

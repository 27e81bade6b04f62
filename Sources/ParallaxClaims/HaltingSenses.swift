import ParallaxModel

/// The shapes in which a verb that stops an operation (`halted`: `einstellen`, `aussetzen`, `streichen`, `stop`) stands in
/// another sense (`Lexicons/<lang>/halting-senses.txt`, round 33). A party halts an operation, a service, a machine or a
/// payment; four structures of the grammar show the verb doing something else:
/// - a reflexive object (`Verdi stellt sich auf einen Streik ein`: adapts; `hat sich eingestellt`: set in; `die Pumpe
///   schaltete sich ab`: no party acts);
/// - a list or a text as the source the entry leaves (`von der Liste gestrichen`: deleted);
/// - a person as object, which no one halts (`setzte mich an der Grenze aus`: abandoned; `stellte 50 Mitarbeiter ein`,
///   `hat Jens Moll eingestellt`: hired; `police stopped him`);
/// - an adjectival participle: before a noun after its determiner (`the discontinued model`), after a modifier of its
///   state (`ist frisch gestrichen`: painted), or after a copula where the participle is also an adjective of another
///   sense (`ist … Auto-HDR eingestellt`: set).
struct HaltingSenses: Sendable {
    /// Reflexive pronouns (`sich`; `itself`, `himself`).
    var reflexives: Set<String> = []
    /// Object pronouns that can only name a person (`mich`, `dich`; `him`, `me`).
    var personPronouns: Set<String> = []
    /// Units of counted persons (`person`, `worker`): `50 Mitarbeiter` is a person object.
    var personUnits: Set<String> = []
    /// Words that make the participle after them an adjective of its state (`frisch`, `neu`, colours).
    var stateModifiers: Set<String> = []
    /// Participles whose state after a copula is another sense (`eingestellt`: set; `gestrichen`: painted).
    var adjectivalParticiples: Set<String> = []
    /// Prepositions of a source (`aus`, `von`; `from`) and the nouns of lists and texts (`Liste`, `Entwurf`; `list`)
    /// that, as the source, make the verb delete an entry (`von der Liste gestrichen`, `struck from the list`).
    var sourcePrepositions: Set<String> = []
    var sourceNouns: [String] = []

    /// The senses of every language with a lexicon folder, read once.
    static let byLanguage: [String: HaltingSenses] = LexiconFile.perLanguage("halting-senses.txt") { rows in
        var senses = HaltingSenses()
        for row in rows where row.count >= 2 {
            let values = row.dropFirst().map { $0.lowercased() }
            switch row[0] {
            case "reflexive": senses.reflexives.formUnion(values)
            case "person": senses.personPronouns.formUnion(values)
            case "person-unit": senses.personUnits.formUnion(values)
            case "state": senses.stateModifiers.formUnion(values)
            case "adjectival": senses.adjectivalParticiples.formUnion(values)
            case "source": senses.sourcePrepositions.formUnion(values)
            case "source-noun": senses.sourceNouns += values
            default: continue
            }
        }
        return senses
    }
}

extension StatementFinder {
    /// The label of the verbs that stop an operation.
    static let halting = "halted"

    /// Whether a `halted` match at `index` (`length` words; `particle`, the separated particle's index, for a separable
    /// verb) stands in another sense (``HaltingSenses``): a reflexive or a person as its object, or an adjectival
    /// participle. Any other label: false.
    /// - Complexity: O(1) for another label; otherwise O(clause length + quantities + entities), once per `halted` match.
    func isOtherHaltingSense(
        _ label: String, at index: Int, length: Int, particle: Int? = nil, in analysis: SentenceAnalysis
    ) -> Bool {
        guard label == Self.halting, let senses = HaltingSenses.byLanguage[pack.language] else { return false }
        let tokens = analysis.tokenized.tokens
        let end = index + length
        // An adjectival participle: after a determiner or a modifier of its state, or after a copula where its state is
        // another sense (the state passive's auxiliary, and no `werden`).
        if index > 0, pack.determiners.contains(tokens[index - 1]) || senses.stateModifiers.contains(tokens[index - 1].lower) {
            return true
        }
        if length == 1, senses.adjectivalParticiples.contains(tokens[index].lower),
            pack.passiveVoice.isStatePassive(tokens, at: index, length: length),
            !pack.passiveVoice.isPassive(tokens, at: index, length: length)
        {
            return true
        }
        // The object's stretch: between a separable verb and its particle; before a participle that closes its German
        // clause (from the clause's start); else the word right after the verb.
        let object: Range<Int>
        let objectEnd: Int
        if let particle {
            object = end..<particle
            objectEnd = particle
        } else if pack.capitalizesNouns {
            var start = index
            while start > 0, !tokens[start - 1].isClauseMark, !clauseWords.coordinators.contains(tokens[start - 1].lower) {
                start -= 1
            }
            object = start..<index
            objectEnd = index
        } else {
            object = end..<min(end + 1, tokens.count)
            objectEnd = -1
        }
        if object.contains(where: { tokens[$0].kind == .word
            && (senses.reflexives.contains(tokens[$0].lower) || senses.personPronouns.contains(tokens[$0].lower)) })
        {
            return true
        }
        // A list or a text as the source the entry leaves (`von der Grauen Liste gestrichen`, `aus dem Entwurf
        // gestrichen`): the verb deletes, it halts nothing. The noun within three words of its preposition, whole or as
        // a compound's tail (`Sanktionsliste`).
        let source = particle.map { end..<$0 } ?? (pack.capitalizesNouns ? object : end..<min(end + 5, tokens.count))
        for position in source where senses.sourcePrepositions.contains(tokens[position].lower) {
            let noun = (position + 1)..<min(position + 4, source.upperBound)
            if noun.contains(where: { at in senses.sourceNouns.contains { tokens[at].lower.hasSuffix($0) } }) { return true }
        }
        // A named or counted person as the object: right before the particle or the participle (`stellte Jens Moll ein`,
        // `hat 50 Mitarbeiter eingestellt`), or right after an English verb.
        if analysis.quantities.contains(where: { mention in
            (mention.end == objectEnd || (objectEnd < 0 && mention.first == end))
                && senses.personUnits.contains(mention.quantity.unit ?? "")
        }) {
            return true
        }
        return analysis.entities.contains { entity in
            entity.kind == "person" && !entity.isAdjective && (entity.end == objectEnd || (objectEnd < 0 && entity.first == end))
        }
    }
}

import ParallaxModel

/// Prior knowledge (round 30): that a party knew of a fault, a danger or a warning before it came out (`kannte den Fehler`,
/// `wusste seit Wochen davon`, `had known about the leaks`) — the charge a denial so often answers. Its verbs are rows of
/// `predicates.txt` with the predicate `knew of`.
extension StatementFinder {
    /// The canonical predicate of prior knowledge.
    static let priorKnowledge = "knew of"

    /// Whether the verb of knowledge at `index` is negated after it in its own clause (`wusste nichts davon`, `kannte den
    /// Bericht nicht`, `knew nothing of it`), where German puts the negation of a verb in second place and English that of
    /// `knew nothing`: such a clause asserts no knowledge. The clause ends at clause punctuation or a joining conjunction
    /// (`list-joiner` of `function-words.txt`: `kannten die Risse und taten nichts` knew all the same). A negation before
    /// the verb (`habe nichts davon gewusst`) is read as every predicate's is: the speaker's denial (``isNegated(_:_:)``).
    /// - Complexity: O(k) in the words up to the end of the verb's clause.
    func knowledgeIsNegatedAfter(_ tokens: [ClaimToken], verbAt index: Int) -> Bool {
        var cursor = index + 1
        while cursor < tokens.count {
            let token = tokens[cursor]
            if token.kind == .punctuation, Self.clauseEnds.contains(token.text) { return false }
            if token.kind == .word {
                if pack.listJoiners.contains(token) { return false }
                if pack.negations.contains(token) { return true }
            }
            cursor += 1
        }
        return false
    }

    /// Whether a statement is knowledge an accusation charges (`accused the authority of knowing about the cracks`, `wirft
    /// Tafelwerk vor, davon gewusst zu haben`): its attribution's reason names the accusation.
    static func isChargedKnowledge(_ claim: Claim) -> Bool {
        claim.statement?.predicate == priorKnowledge && claim.attribution?.why?.hasPrefix("accusation") == true
    }

    /// Punctuation that ends the clause of a verb of knowledge.
    private static let clauseEnds: Set<String> = [",", ";", ":", ".", "!", "?", "–", "—", "-"]

    /// The act a sentence's statement names when its first predicate is one of knowledge: the first other act of the
    /// sentence, if any (`VMB habe … von Lecks gewusst und Warnungen ignoriert`, `had known about leaks … and ignored
    /// warnings`: the charge is the ignoring, which the knowledge leads up to), else the knowledge.
    func actBeyondKnowledge(
        _ first: (index: Int, length: Int, label: String)?, among predicates: [(index: Int, length: Int, label: String)]
    ) -> (index: Int, length: Int, label: String)? {
        guard let first, first.label == Self.priorKnowledge else { return first }
        return predicates.filter { $0.label != Self.priorKnowledge }.min { $0.index < $1.index } ?? first
    }

    /// `statements` of the act chosen over the knowledge (``actBeyondKnowledge(_:among:)``), or, when that act names neither
    /// party nor object and so states nothing (`Das Amt kenne die Risse … und habe die Reparatur verschleppt`: a delay, not
    /// an abduction), the statement of the sentence's first verb of knowledge, made by `assert`.
    func assertionOrKnowledge(
        _ statements: [Claim], instead chosen: (index: Int, length: Int, label: String),
        among predicates: [(index: Int, length: Int, label: String)],
        assert: ((index: Int, length: Int, label: String)) -> [Claim]
    ) -> [Claim] {
        guard statements.isEmpty, chosen.label != Self.priorKnowledge,
            let knowledge = predicates.first(where: { $0.label == Self.priorKnowledge })
        else { return statements }
        return assert(knowledge)
    }

    /// The party a charge of knowledge names by its kind when it names none by name (`Das Amt kenne die Risse seit
    /// 2038`, `der Hersteller wusste seit Wochen Bescheid`, `the operator knew of the leaks`): the generic party of the
    /// verb's clause outside the sentence's source, before the verb or right after it (`Dabei kannte die
    /// Lotteriegesellschaft den Fehler`). Knowledge is charged against the party that had it, whatever its kind, as an
    /// investigation is done by the authority that does it (``authorityActs``).
    func knowledgeHolder(
        _ predicate: (index: Int, length: Int, label: String), in analysis: SentenceAnalysis
    ) -> EntityMention? {
        guard predicate.label == Self.priorKnowledge else { return nil }
        let sourceRange = analysis.attribution.sourceRange ?? 0..<0
        let after = predicate.index + predicate.length
        return analysis.entities.filter { entity in
            entity.kind == "generic" && !entity.isAdjective && !sourceRange.contains(entity.first)
                && (entity.end <= predicate.index || entity.first <= after + 1)
        }.min { abs($0.first - predicate.index) < abs($1.first - predicate.index) }
    }
}

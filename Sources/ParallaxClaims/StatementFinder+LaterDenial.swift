import ParallaxModel

extension StatementFinder {
    /// The verb of denial of a later clause of a sentence that opens with an assertion, which it denies (round 27):
    /// `Die Regierung spricht von einer Rückeroberung, Karsenien bestreitet das`, `Überlebende sagten, die Fähre sei
    /// überfüllt gewesen, was die Reederei zurückwies`, `warnings were ignored, an allegation denied by the operator`.
    ///
    /// A clause mark (comma, semicolon, colon or dash) must stand between the assertion and the verb of denial, so that
    /// the two are acts of separate clauses; a negated verb of denial (`bestreitet das nicht`, `did not deny`) denies
    /// nothing, and an assertion in quotation marks is a quotation's, whose speaker's own denial is another matter.
    /// An accusation and its denial in one sentence are read before this (``statements(in:denialCandidates:accusedParties:sentenceBefore:)``).
    /// - Parameters:
    ///   - denial: the sentence's first verb of denial outside quotation marks, if any.
    ///   - assertion: the sentence's first predicate, which opens the assertion.
    ///   - quoted: the first predicate inside quotation marks, if any.
    /// - Returns: the verb of denial, or nil when the sentence has none after a clause mark that follows the assertion.
    /// - Complexity: O(*n*) in the sentence's tokens, only for a sentence with an assertion and a verb of denial.
    func laterDenial(
        _ denial: (index: Int, length: Int, label: String)?, after assertion: (index: Int, length: Int, label: String),
        quoted: (index: Int, length: Int, label: String)?, _ tokens: [ClaimToken]
    ) -> (index: Int, length: Int, label: String)? {
        guard let denial, assertion.label != "denies", assertion.label != "accused", assertion.index != quoted?.index,
            denial.index >= assertion.index + assertion.length, !isNegated(tokens, denial.index)
        else { return nil }
        let between = tokens[(assertion.index + assertion.length)..<denial.index]
        guard between.contains(where: { $0.kind == .punctuation && Self.clauseMarks.contains($0.text) }) else { return nil }
        return denial
    }

    /// Punctuation that separates two clauses of one sentence.
    private static let clauseMarks: Set<String> = [",", ";", ":", "–", "—"]

    /// The party named as the doer of a verb of denial told in the passive, right after it (`denied by Stavren`,
    /// `rejected by the Kestrian government`, `zurückgewiesen von der Reederei Oriana`; round 27): the entity after an agent
    /// preposition (`agent` rows of `clause-subjects.txt`) and any determiners. A place or a party named by its kind only
    /// is left to the other rules.
    /// - Complexity: O(*e*) in the sentence's entities.
    func passiveAgent(ofVerbAt verb: Range<Int>, in analysis: SentenceAnalysis) -> (name: String, text: String)? {
        let tokens = analysis.tokenized.tokens
        guard verb.upperBound < tokens.count, clauseWords.agents.contains(tokens[verb.upperBound].lower) else { return nil }
        var first = verb.upperBound + 1
        while first < tokens.count, pack.determiners.contains(tokens[first]) { first += 1 }
        guard let entity = analysis.entities.first(where: {
            $0.first == first && !$0.isAdjective && $0.kind != "place" && $0.kind != "generic"
        }) else { return nil }
        let name = entity.kind == "country" ? entity.name : entity.country ?? entity.name
        return (name, analysis.tokenized.slice(verb.lowerBound, entity.end))
    }

    /// A speaker's denial by an emphatic negation (``DenialNegations``: `sein Mandant habe zu keinem Zeitpunkt Geld
    /// erhalten`, `the gate had “at no point” been closed`, `said there was no evidence that …`; round 27): the sentence
    /// names no act of its own before the negation's clause, or the negation stands before its first act in one clause.
    /// The denier is the speaker (the sentence's own or carried reported speech); without one the negation is the
    /// writer's and denies nothing.
    /// - Parameters:
    ///   - first: the sentence's first predicate outside quotation marks, if any.
    ///   - candidates: the statements the denial may contest (``deniedStatement(_:among:sentenceBefore:denier:)``).
    /// - Returns: the denial, or nil.
    /// - Complexity: O(*n*) in the sentence's tokens.
    func negationDenial(
        _ analysis: SentenceAnalysis, first: (index: Int, length: Int, label: String)?, candidates: [Claim],
        sentenceBefore: String?
    ) -> Claim? {
        guard first?.label != "denies", first?.label != "accused", let speaker = analysis.effective, let source = speaker.source,
            let negation = DenialNegations.byLanguage[pack.language]?.first(in: analysis.tokenized.tokens)
        else { return nil }
        let tokens = analysis.tokenized.tokens
        if let first {
            guard negation.upperBound <= first.index,
                !tokens[negation.upperBound..<first.index].contains(where: { $0.kind == .punctuation && [",", ";", ":"].contains($0.text) })
            else { return nil }
        }
        let target = deniedStatement(analysis, among: candidates, sentenceBefore: sentenceBefore, denier: source)
        let statement = Claim.Statement(
            subject: source, predicate: "denies",
            object: target?.statement.map { [$0.predicate, $0.object].compactMap { $0 }.joined(separator: " ") },
            denies: target?.id, deniedBy: source)
        let why = "denial “\(analysis.tokenized.slice(negation.lowerBound, negation.upperBound))”"
        return claim(
            analysis, statement: statement, subject: source,
            attribution: Attribution(text: speaker.text, source: source, hedged: speaker.hedged, why: why))
    }
}

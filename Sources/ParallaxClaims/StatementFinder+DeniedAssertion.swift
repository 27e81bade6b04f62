import ParallaxModel

/// The assertion a later clause denies, when no predicate names its act (round 28, denials28).
///
/// A sentence often states a charge in words of its own and denies it in its next clause: `says Norlotto knew of the fault
/// for two weeks; Norlotto denies it`, `Nach Auskunft der Feuerwehr war die Sprinkleranlage außer Betrieb; der Besitzer
/// bestreitet dies`, `…, a claim residents reject`, `…, was die Reederei zurückwies`. When the opening clause holds no
/// predicate of the lexicon, the verb of denial is the sentence's first predicate, and the denial used to contest some
/// statement of the sentences before — another act of the story — or none. The opening clause is the assertion it denies:
/// a statement of the predicate ``Claim/Statement/unnamedAct`` (its act unnamed), which the denial contests.
extension StatementFinder {
    /// The assertion that the clause before a verb of denial makes, when that clause is a statement of its own which the
    /// denial's clause answers: the clauses are separated by a semicolon (`…; Norlotto denies it`), or by a comma and a
    /// relative word of the whole clause before a subject of its own (`…, which the board denies`, `…, was die Reederei
    /// zurückwies`; `relative` rows of `denial-back-references.txt`) or a noun of a claim (`…, a claim residents reject`), or by a comma when the denial
    /// points back with a pronoun or demonstrative (`…, Karsenien bestreitet das`) and the opening clause names a party
    /// or place. The opening clause holds four words at least and the denial's clause a word of its own before the verb
    /// (`Fink, 58, who …, denies` is one clause); a verb of denial negated before it or in its clause after it
    /// (`bestreitet das nicht`), or quoted, answers nothing.
    /// - Parameter denial: the sentence's first predicate, a verb of denial.
    /// - Returns: the assertion (predicate ``Claim/Statement/unnamedAct``; subject the first party the opening clause names outside the
    ///   sentence's source; the sentence's speaker as source; the opening clause as its text), or nil.
    /// - Complexity: O(*n*) in the sentence's tokens, only for a sentence whose first predicate is a verb of denial.
    func deniedAssertion(
        before denial: (index: Int, length: Int, label: String), in analysis: SentenceAnalysis, actors: [EntityMention]
    ) -> Claim? {
        let tokens = analysis.tokenized.tokens
        guard denial.label == "denies", !isQuoted(tokens, denial.index), !isNegated(tokens, denial.index),
            let mark = tokens[..<denial.index].lastIndex(where: { $0.kind == .punctuation && Self.clauseBreaks.contains($0.text) }),
            tokens[(mark + 1)..<denial.index].contains(where: \.isWord)
        else { return nil }
        // A negation in the denial's own clause after the verb (`bestreitet das nicht`) turns it into an admission.
        let clauseEnd = tokens[denial.index...].firstIndex { $0.kind == .punctuation && $0.text != "-" } ?? tokens.count
        guard !tokens[denial.index..<clauseEnd].contains(where: { pack.negations.contains($0) }) else { return nil }
        let opening = tokens[..<mark]
        guard opening.filter(\.isWord).count >= 4, !isQuoted(tokens, mark) else { return nil }
        let clause = tokens[(mark + 1)..<denial.index]
        let references = pack.denialBackReferences
        let answers: Bool
        if tokens[mark].text == ";" {
            answers = true
        } else if references.relatives.contains(tokens[mark + 1].lower) {
            // The relative is the verb's object only when a subject of its own follows it (`which the board denies`, `was
            // die Reederei zurückwies`); `…, which denies any wrongdoing` is said of the party named last.
            let next = mark + 2 < denial.index ? tokens[mark + 2] : nil
            answers = next.map { pack.determiners.contains($0) || $0.isCapitalized } ?? false
        } else if clause.prefix(2).contains(where: {
            pack.claimNouns.contains($0.lower) || references.nouns.contains($0.lower) || references.charges.contains($0.lower)
        }) {
            answers = true
        } else {
            let after = Array(tokens[(denial.index + denial.length)...])
            let pointsBack = after.first.map { pack.pronouns.contains($0) } == true
                || references.reference(in: after, alone: pack.referringDemonstratives) == .statement
            answers = pointsBack && analysis.entities.contains { $0.end <= mark && !$0.isAdjective }
        }
        guard answers else { return nil }
        let sourceRange = analysis.attribution.sourceRange ?? 0..<0
        let subject = actors.first { $0.end <= mark && !sourceRange.contains($0.first) }
            .map { $0.kind == "country" ? $0.name : $0.country ?? $0.name }
        let statement = Claim.Statement(subject: subject, predicate: Claim.Statement.unnamedAct, object: nil)
        // The claim's text is the opening clause, which the report shows for the act no predicate names.
        var asserted = claim(analysis, statement: statement, subject: subject, attribution: analysis.effective)
        let first = tokens[0].start, end = tokens[mark - 1].end
        asserted.text = analysis.tokenized.slice(from: first, to: end)
        asserted.start = first
        asserted.end = end
        return asserted
    }

    /// Punctuation after which a clause of its own may deny the one before (a colon introduces, it does not answer).
    private static let clauseBreaks: Set<String> = [",", ";", "–", "—"]
}

/// A body named before and referred back to by its kind after a prepositional cue (round 17).
extension AttributionFinder {
    /// The body named before that a back-reference noun standing alone after a cue refers to (`Laut Reederei waren 386
    /// Passagiere an Bord` after `der Reederei Oriana Maritime`, `nach Angaben des Unternehmens` after `des Betreibers
    /// Stavren`), or nil.
    ///
    /// News writing names a body once and then refers to it by its kind; after `laut` German drops the article (`laut
    /// Reederei`, `laut Unternehmen`), so the determiner rule of ``BodyMemory`` does not see the reference, and the noun was
    /// read as the kind's generic label (`shipping company`). The noun must stand alone: a capitalised word after it
    /// names the body itself (`laut Reederei Oriana Maritime`), a genitive its owner (`des Unternehmens der Familie …`), and an
    /// indefinite determiner no body in particular (`according to a company filing`).
    /// - Parameters:
    ///   - head: the first token after the cue's determiners.
    ///   - cueEnd: the token after the cue.
    ///   - named: the sentence's own bodies before the cue.
    /// - Complexity: O(bodies), once per `after` cue whose party no lexicon found.
    func referredBody(_ tokens: [ClaimToken], at head: Int, cueEnd: Int, bodies: BodyMemory, named: [NamedBody]) -> String? {
        guard head < tokens.count, tokens[head].kind == .word, let base = pack.backReferences.nouns[tokens[head].lower] else {
            return nil
        }
        // Only a definite reference: a definite determiner before the noun, or none (`laut Reederei`); `according to a company
        // filing` names a document of no body in particular.
        guard head == cueEnd || pack.backReferences.determiners.contains(tokens[head - 1]) else { return nil }
        // Where nouns are not capitalised a word after the noun may continue it (`the company filing`).
        if head + 1 < tokens.count, tokens[head + 1].kind == .word,
            tokens[head + 1].isCapitalized || pack.sourceGenitives.contains(tokens[head + 1]) || !pack.capitalizesNouns
        {
            return nil
        }
        return bodies.resolve(
            base: base, type: pack.descriptors.lookup(tokens[head].lower), current: named, families: pack.backReferences.families)
    }
}

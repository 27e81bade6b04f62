/// Reports as sources (round 11c, 12b): a report the article named before (`der Umfrage zufolge`), a report compound
/// naming its author in its first part (`nach Unternehmensangaben`) and a report noun phrase whose author follows in the
/// genitive (`laut einer Erhebung des Justizministeriums`) — `source-phrase.txt`, `survey`, `report` and `report-link` rows.
extension AttributionFinder {
    /// The author of a report the article named before (round 11c): `noun` is a `survey` noun of `source-phrase.txt` (`Umfrage`,
    /// `Studie`, `Befragung`) right after a definite determiner (`der Umfrage zufolge`, `laut der Studie`); its author is the
    /// body named last in the sentence before it, else the body the article named last (`In einer Umfrage des
    /// Verbandes Bitkom …`, `laut Bitkom …` → bitkom). Runs once per `after` or `before` cue.
    func reportAuthor(_ tokens: [ClaimToken], noun: Int, bodies: BodyMemory, named: [NamedBody]) -> String? {
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
    func compoundReportAuthor(_ tokens: [ClaimToken], at index: Int, bodies: BodyMemory, named: [NamedBody]) -> String? {
        if pack.capitalizesNouns, let author = hyphenatedReportAuthor(tokens, at: index) { return author }
        guard pack.capitalizesNouns, index < tokens.count, tokens[index].kind == .word, tokens[index].isCapitalized,
            !tokens[index].text.contains("-")
        else { return nil }
        let word = tokens[index].lower
        // The longest report noun the word ends in after four letters or more, in one pass over the nouns (round 24: a
        // filtered copy of the set, then its longest; two nouns of one length that both end the word are the same noun).
        guard pack.reportNounEnds.mayEnd(word) else { return nil }
        var found: (noun: String, count: Int)?
        var wordCount: Int?
        for noun in pack.reportNouns where word.hasSuffix(noun) {
            let count = noun.count
            if wordCount == nil { wordCount = word.count }
            if let wordCount, wordCount >= count + 4, count > found?.count ?? -1 { found = (noun, count) }
        }
        guard let noun = found?.noun else { return nil }
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

    /// The end of a report noun phrase whose author follows in the genitive (`einer ersten Markteinschätzung des`,
    /// `Messungen des`, `einer Erhebung des`, `einer Befragung der`): determiners and lower-case adjectives, then a
    /// capitalised word that is or ends in a report noun (`source-phrase.txt`, `report` rows), then a genitive
    /// determiner (`report-link` rows; not `von`, which also joins a cause: `laut einer Studie von Wassermangel bedroht`). Returns the index of the link word, so that the source is read after it;
    /// nil when the words are something else.
    /// - Complexity: O(word length) set look-ups, once per cue and per `nach`.
    func reportPhraseEnd(_ tokens: [ClaimToken], from start: Int) -> Int? {
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
}

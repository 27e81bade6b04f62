import ParallaxModel

extension ClaimBuilder {
    /// True when the figure stands in a relative clause set off by commas that describes the speaker of the sentence's cue
    /// (`The company, which employs about 6,800 people, said …`, `Der Verband, der rund 1.500 Betriebe vertritt, berichtete
    /// …`): the writer introduces the speaker in the writer's own voice, and the speaker does not vouch for it (round 17).
    ///
    /// The clause opens after a comma with a relative pronoun (`relative-pronouns.txt`), or a preposition and one (`mit
    /// denen`, `of which`), and closes at the next comma or semicolon; where nouns are capitalised a pronoun before a
    /// capitalised word is an article (`…, die Gewerkschaft spricht von 2.100`), not a relative clause. Only a cue of the
    /// sentence itself is withheld, not reported speech carried from before.
    /// - Complexity: O(sentence length), once per figure of a sentence that states a source.
    func figureIsInRelativeClause(_ analysis: SentenceAnalysis, number: Int) -> Bool {
        guard let cue = analysis.attribution.cueRange, analysis.effective?.why?.hasPrefix("cue") == true else { return false }
        let tokens = analysis.tokenized.tokens
        func isBoundary(_ index: Int) -> Bool { tokens[index].text == "," || tokens[index].text == ";" }
        guard let comma = tokens.indices[..<number].last(where: isBoundary) else { return false }
        var opener = comma + 1
        if opener + 1 < number, tokens[opener].kind == .word, !tokens[opener].isCapitalized,
            pack.relativePronouns.contains(tokens[opener + 1]), !pack.relativePronouns.contains(tokens[opener])
        {
            opener += 1
        }
        guard tokens[comma].text == ",", opener < number, pack.relativePronouns.contains(tokens[opener]),
            !(pack.capitalizesNouns && opener + 1 < tokens.count && tokens[opener + 1].kind == .word && tokens[opener + 1].isCapitalized),
            let close = tokens.indices[number...].first(where: isBoundary)
        else { return false }
        // The clause describes the speaker: the speaker's name ends right before its comma (`Comey, who served three
        // presidents, said`), or — where the subject stands before its verb, not in German's verb-second order (`…, in der
        // 1.500 Helfer im Einsatz gestanden waren, hieß es`) — the verb of saying follows it at once (`The company, which …,
        // said`; a verb, not `according to`, which speaks for the whole sentence). A clause inside the reported content (`…, which means it had 15 people more on board than permitted, police
        // said`) or in the subjunctive (`…, die rund 1,2 Millionen Euro gekostet habe, sagte …`) is the speaker's.
        let describesSpeaker = (!pack.capitalizesNouns && cue.lowerBound == close + 1 && !analysis.attribution.cueIsPrepositional)
            || analysis.attribution.sourceRange?.upperBound == comma
        let subjunctive = analysis.attribution.subjunctiveIndex.map { (comma..<close).contains($0) } ?? false
        let describesSubject = describesOpeningSubject(tokens, comma: comma, close: close, cue: cue)
            && cue.contains { pack.cues.match(tokens, at: $0)?.value.direction == "verb" }
        return (describesSpeaker || describesSubject) && !subjunctive
            && !(comma..<close).contains(cue.lowerBound)
    }

    /// The most words a sentence's opening noun phrase may have before the comma of a relative clause describing it.
    static let openingSubjectWords = 4

    /// True when the relative clause `comma..<close` describes the party that opens the sentence, and the sentence's cue — a
    /// verb of saying, not `according to the police` or `laut`, which speak for the whole sentence — stands after the clause (`Port Velaro, which handles about 14% of the exports, will stay closed …, the port authority
    /// said`, `Die Anlage, die rund 35 Prozent des Bedarfs deckt, steht still, teilte der Betreiber mit`; round 26): the writer
    /// introduces the subject in the writer's own voice before the reported content begins, as every writer of the study
    /// splits leaves such figures without a source (dev2, dev5, dev7, dev9, real). The opening phrase is a noun phrase
    /// and nothing else: up to ``openingSubjectWords`` capitalised words (`Northline`, `Port Velaro`, `Die Halmstedter
    /// Kryptobörse Kondora`), or a definite article and one or two words (`The charity`, `the state operator`). A phrase with
    /// a lower-case word besides (`Wir haben Menschen, die …`, `The police found weapons, which …`) may hold a verb, and the
    /// clause then describes the object of the reported content.
    /// - Complexity: O(``openingSubjectWords``).
    private func describesOpeningSubject(_ tokens: [ClaimToken], comma: Int, close: Int, cue: Range<Int>) -> Bool {
        guard comma >= 1, comma <= Self.openingSubjectWords, cue.lowerBound > close else { return false }
        let opening = tokens[0..<comma]
        // The first word may be an article that is also a relative pronoun (`Die Anlage, die …`).
        guard opening.allSatisfy({ $0.kind == .word }), !opening.dropFirst().contains(where: { pack.relativePronouns.contains($0) })
        else { return false }
        return opening.allSatisfy(\.isCapitalized) || (pack.determiners.contains(opening[0]) && comma <= 3)
    }
}

extension QuantityFinder {
    /// Measures of harm to people that a single person can suffer and news counts even when it is one (`One dead`, `one
    /// soldier was wounded`, `killing one man`).
    static let casualtyMeasures: Set<String> = ["killed", "wounded", "missing", "killed or wounded"]

    /// True when the word for one (`countingOne`: English `one`, which is never the indefinite article; German `ein`, the
    /// article elsewhere, round 28) counts a casualty: right before a word that counts casualties by itself (`One dead`,
    /// `one missing`, `one hurt`, `Ein Toter`), or before a counted noun, perhaps after an adjective, whose clause names the
    /// harm within six words (`One inmate was killed`, `one Sarvonian soldier was wounded`, `Ein Bergmann kam bei dem
    /// Unglück ums Leben`: German puts the harm at the clause's end), or right after a verb of harm (`killing one person`,
    /// `killing one`; round 24). Not `one of` (a member of a group), and not a casualty named only further on or in another
    /// clause.
    func isCasualtyOne(_ value: Double, _ tokens: [ClaimToken], from start: Int, to end: Int) -> Bool {
        guard value == 1, end == start + 1, pack.countingOne.contains(tokens[start]) else { return false }
        // The unit phrase at `end`, matched once (round 28b): the casualty-unit test and the counted-noun search both ask.
        let endIsWord = end < tokens.count && tokens[end].kind == .word
        let unitAtEnd = endIsWord ? pack.units.match(tokens, at: end) : nil
        func casualtyUnit() -> Bool {
            guard endIsWord, let unit = unitAtEnd?.value ?? pack.unitStems.wholeWord(tokens[end].lower) else { return false }
            return unit.measure.map { Self.casualtyMeasures.contains($0) } ?? false
        }
        func harm(at index: Int) -> Bool {
            guard index >= 0, index < tokens.count, tokens[index].kind == .word,
                let measure = pack.measures.match(tokens, at: index)?.value, !measure.isNoun
            else { return false }
            return Self.casualtyMeasures.contains(measure.label)
        }
        if casualtyUnit() { return true }
        // A verb of harm right before it (`killing one`); where every noun is capitalised, a capitalised word there is a
        // noun (`das Sterben ein Stück weit`), no verb.
        if start > 0, !(pack.capitalizesNouns && tokens[start - 1].isCapitalized), harm(at: start - 1) { return true }
        // The counted noun: the next word or the one after an adjective, a word some lexicon counts.
        var noun: Int?
        for index in end..<min(end + 2, tokens.count) where tokens[index].kind == .word {
            let unit = index == end ? unitAtEnd : pack.units.match(tokens, at: index)
            if unit != nil || pack.countedNounStems.wholeWord(tokens[index].lower) != nil {
                noun = index
                break
            }
        }
        guard let noun else { return false }
        var index = noun + 1
        while index < min(noun + 7, tokens.count), tokens[index].kind == .word {
            if harm(at: index) { return true }
            index += 1
        }
        return false
    }
}

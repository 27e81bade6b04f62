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
    ///
    /// Round 29 narrows the harm test to a casualty reported: the counted noun counts people or animals
    /// (`casualty-units.txt`: not `ein Bein`, not `eine tote Stadt`, where a capitalising language's lower-case casualty word
    /// is an adjective of the noun after it); not after a comparison (`wie ein verwundetes Raubtier`) or a preposition that
    /// governs the word (`für eine Leiche`); not the subject after a verb of harm whose object follows (`verletzte ein
    /// Palästinenser einen Israeli`); not one casualty identified among several (`Ein Todesopfer ist ein Kind`, `One victim
    /// was a nurse`); and not in a question or a clause of condition (`wenn … ein Elternteil … gestorben ist`, `Warum soll
    /// ein Tier sterben …?`).
    /// - Complexity: O(1) look-ups before the harm is found; the clause test then reads back to the clause's start.
    func isCasualtyOne(_ value: Double, _ tokens: [ClaimToken], from start: Int, to end: Int) -> Bool {
        guard value == 1, end == start + 1, pack.countingOne.contains(tokens[start]),
            countsCasualty(tokens, from: start, to: end)
        else { return false }
        // The tests of round 29 run only for a casualty found, so that every other `ein` costs nothing more.
        if start > 0, pack.similes.contains(tokens[start - 1]) || pack.oneGoverningPrepositions.contains(tokens[start - 1]) {
            return false
        }
        return !identifiesOneOfSeveral(tokens, after: end) && !isSupposed(tokens, before: start)
    }

    /// The harm test of `isCasualtyOne` for the word for one at `start`, before the clause test.
    private func countsCasualty(_ tokens: [ClaimToken], from start: Int, to end: Int) -> Bool {
        // The unit phrase at `end`, matched once (round 28b): the casualty-unit test and the counted-noun search both ask.
        let endIsWord = end < tokens.count && tokens[end].kind == .word
        let unitAtEnd = endIsWord ? pack.units.match(tokens, at: end) : nil
        // True when the word after `end` is a counted noun of people or animals (`casualty-units.txt`).
        func livingNounAfter() -> Bool {
            let next = end + 1
            guard next < tokens.count, tokens[next].kind == .word,
                let unit = pack.units.match(tokens, at: next)?.value ?? pack.countedNounStems.wholeWord(tokens[next].lower)
            else { return false }
            return pack.casualtyUnits.contains(unit.unit)
        }
        func casualtyUnit() -> Bool {
            guard endIsWord, let unit = unitAtEnd?.value ?? pack.unitStems.wholeWord(tokens[end].lower),
                unit.measure.map({ Self.casualtyMeasures.contains($0) }) ?? false
            else { return false }
            // Where nouns are capitalised, a lower-case casualty word is an adjective: the noun after it is what is counted
            // (`ein toter Techniker`, not `eine tote Stadt`).
            if pack.capitalizesNouns, !tokens[end].isCapitalized { return livingNounAfter() }
            return true
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
        let harmBefore = start > 0 && !(pack.capitalizesNouns && tokens[start - 1].isCapitalized) && harm(at: start - 1)
        // The counted noun: the next word or the one after an adjective, a word some lexicon counts, perhaps a compound of a
        // counted noun where nouns are capitalised (`Ein Autofahrer`; round 33).
        var noun: Int?
        var nounIsLiving = false
        for index in end..<min(end + 2, tokens.count) where tokens[index].kind == .word {
            let unit = index == end ? unitAtEnd : pack.units.match(tokens, at: index)
            let compound = pack.capitalizesNouns && tokens[index].isCapitalized
            if let unit = unit?.value ?? pack.countedNounStems.wholeWord(tokens[index].lower)
                ?? (compound ? pack.countedUnit(for: tokens[index].lower) : nil)
            {
                noun = index
                nounIsLiving = pack.casualtyUnits.contains(unit.unit)
                break
            }
        }
        if harmBefore {
            // The victim of the verb before is its object: a noun phrase opening after the counted one is that object, and
            // the counted one the verb's subject (`verletzte ein Palästinenser einen Israeli`).
            guard let noun else { return true }
            guard nounIsLiving else { return false }
            guard noun + 1 < tokens.count else { return true }
            return !(pack.countingOne.contains(tokens[noun + 1]) || pack.objectArticles.contains(tokens[noun + 1]))
        }
        guard let noun, nounIsLiving else { return false }
        // The harm within the clause: German puts it last, after an attribution or a place (`Ein Autofahrer wurde nach Angaben
        // der Polizei leicht verletzt`; round 33: ten words, six until then).
        var index = noun + 1
        while index < min(noun + 11, tokens.count), tokens[index].kind == .word {
            if harm(at: index) { return true }
            index += 1
        }
        return false
    }

    /// True when a copula and an indefinite article follow within two words after `end` (`Ein Todesopfer ist ein
    /// fünfjähriger Bub`, `One victim was a nurse`): the sentence says who one of several casualties was, not how many there
    /// were.
    /// - Complexity: O(1).
    private func identifiesOneOfSeveral(_ tokens: [ClaimToken], after end: Int) -> Bool {
        let limit = min(end + 3, tokens.count - 1)
        guard end < limit else { return false }
        for index in end..<limit where tokens[index].kind == .word {
            if pack.identifyingCopulas.contains(tokens[index]) { return pack.indefiniteArticles.contains(tokens[index + 1]) }
        }
        return false
    }

    /// True when the sentence asks (its last mark a question mark) or a word of condition opens the clause of `start`
    /// (`hypothetical-opener`: `wenn`, `falls`, `if`), read back to the clause's first punctuation mark.
    /// - Complexity: O(n) in the words before `start` in its clause.
    private func isSupposed(_ tokens: [ClaimToken], before start: Int) -> Bool {
        if let last = tokens.last(where: { $0.kind == .punctuation && $0.text != "\u{201C}" && $0.text != "\"" }),
            last.text == "?"
        {
            return true
        }
        var index = start - 1
        while index >= 0, tokens[index].kind != .punctuation {
            if tokens[index].kind == .word, pack.hypotheticalOpeners.contains(tokens[index]) { return true }
            index -= 1
        }
        return false
    }
}

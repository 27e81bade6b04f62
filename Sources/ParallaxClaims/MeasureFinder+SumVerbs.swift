internal import ParallaxModel

/// Money lost (round 31): a sum that a verb of losing governs (`hat mit Zinswetten 12 Millionen Euro verloren`, `büßten
/// insgesamt 250 Millionen Euro ein`, `The club lost about $2.5 million on the deal`) is what the loss cost its loser,
/// `cost`, as every tuning-half writer who annotates one gives it (dev2, dev24). Before, the verb read as a change
/// (`verlor*` → decrease, as for `Die Aktie verlor 4 Prozent`) or, in forms no measure row lists (`verliert`, `loses`,
/// `eingebüßt`), as nothing. The verb of losing is a closed class of the language (`lost-sums.txt`); shares, points and
/// other measurements stay changes, and a sum that is itself a change (`verlor um 1,20 Euro`), a level or a start, or that
/// a level follows (`verlor 1,20 Euro auf 35,10 Euro`), is left to the clause's other words.
///
/// Money received (round 31): a sum that a verb of taking or receiving governs (`soll 80.000 Euro genommen haben`, `nahm
/// 20.000 Euro an`, `bekommt 200 Euro`, `took €60,000 to concede goals`, `Families get €5,000 each`) was paid to the taker,
/// `paid`, as the writers who annotate one give it (dev2, dev5, dev22, dev25, real, real2: bribes, aid, vouchers, allowances
/// received). The forms that read so already (`erhalten`, `kassiert`, `angenommen`, `received`, `pocketed`) keep their rows;
/// `received-sums.txt` adds the rest of the class, without the separable verbs of another sense (`nahm … ein`, raised;
/// `nahm … auf`, borrowed) and without an impersonal subject (`it took €5 million to build`, a cost).
extension MeasureFinder {
    /// `cost` when the sum is what a verb of losing governs (``governingVerb(of:lexicon:tokens:)``), else nil.
    /// - Complexity: O(1): at most about thirty token look-ups, once per sum that no word measures or that a verb measures as
    ///   a decrease.
    func lostSumMeasure(of mention: QuantityMention, tokens: [ClaimToken]) -> String? {
        guard let lexicon = SumVerbs.lost[pack.language] else { return nil }
        return governingVerb(of: mention, lexicon: lexicon, tokens: tokens) ? "cost" : nil
    }

    /// `paid` when the sum is what a verb of taking or receiving governs (``governingVerb(of:lexicon:tokens:)``), else nil.
    /// - Complexity: O(1): at most about thirty token look-ups, once per sum that no word measures.
    func receivedSumMeasure(of mention: QuantityMention, tokens: [ClaimToken]) -> String? {
        guard let lexicon = SumVerbs.received[pack.language] else { return nil }
        return governingVerb(of: mention, lexicon: lexicon, tokens: tokens) ? "paid" : nil
    }

    /// True when a sum of money is what a verb of `lexicon` governs: the verb at most six words before the sum (or before the
    /// bracket the sum opens) or at most three after it, or a separable one before it whose particle closes the clause after
    /// it, all in the sum's clause; not when a preposition of change, level or start stands right before the sum, a
    /// preposition of a level and another figure or a partitive word follow it, a particle that gives the verb another sense
    /// closes the clause, or an impersonal subject stands right before the verb.
    func governingVerb(of mention: QuantityMention, lexicon: SumVerbs, tokens: [ClaimToken]) -> Bool {
        guard let unit = mention.quantity.unit, pack.currencyCodes.contains(unit), !lexicon.verbs.isEmpty else { return false }
        if mention.first > 0, lexicon.blockers.contains(tokens[mention.first - 1].lower) { return false }
        if mention.end < tokens.count, lexicon.partitives.contains(tokens[mention.end].lower) { return false }
        if mention.end + 1 < tokens.count, lexicon.levels.contains(tokens[mention.end].lower),
            tokens[(mention.end + 1)..<min(tokens.count, mention.end + 4)].contains(where: { $0.kind == .number })
        {
            return false
        }
        // The word that closes the clause after the sum: a particle there makes another verb of a finite form.
        var end = mention.end
        while end < tokens.count, end - mention.end <= 8, !tokens[end].isClauseMark { end += 1 }
        let closer = end > mention.end && end - mention.end <= 8 && tokens[end - 1].kind == .word ? tokens[end - 1].lower : nil
        func counts(_ index: Int) -> Bool {
            guard lexicon.verbs.contains(tokens[index].lower) else { return false }
            if index > 0, lexicon.subjects.contains(tokens[index - 1].lower) { return false }
            return index > mention.end || closer.map { !lexicon.closers.contains($0) } ?? true
        }
        var after = mention.end
        while after < tokens.count, after - mention.end < 3, !tokens[after].isClauseMark {
            if counts(after) { return true }
            after += 1
        }
        // A sum converted in brackets right after the governed one (`had lost €84 million ($91 million)`) reads through the
        // bracket.
        var scan = mention.first - 1
        let opensBracket = scan >= 0 && tokens[scan].text == "("
        if opensBracket { scan -= 1 }
        while scan >= 0, mention.first - scan <= (opensBracket ? 7 : 6), !tokens[scan].isClauseMark {
            if counts(scan) { return true }
            if let particle = lexicon.separable[tokens[scan].lower], closer == particle { return true }
            scan -= 1
        }
        return false
    }
}

internal import ParallaxModel

/// The measure of a sum from the head noun of its clause (round 18).
///
/// A sum of money is often the complement of a verb that only states or estimates it (`schätzt … auf`, `beläuft sich auf`,
/// `liegen bei`, `estimated … at`, `put … at`, `reach`, `run to`), while the noun that says what the sum is stands earlier in
/// the clause as the verb's subject or object: `Die Sanierungskosten schätzt die Firma auf bis zu 25 Millionen Euro`, `Insured
/// losses are likely to reach £340 million`, `put damage to roads, bridges and the port at 3.1 billion dollars`. Such a noun
/// names the sum however far it stands in the clause; after the sum only right next to it (`3 Millionen Euro Schaden`, `$3m in
/// damage`). Nouns of loss name a toll when they count people (`Verluste`, `losses`: killed or wounded) and a cost when they
/// measure money; the lexicon (`sum-nouns.txt`) lists the money reading. Seen in dev6, dev7, dev9, dev10 and dev12 (every
/// writer labels insured losses and estimated damage `cost`).
extension MeasureFinder {
    /// The measure a head noun of money in the figure's clause names (`sum-nouns.txt`), for a sum no other word measures: the
    /// nearest such noun before the figure in `clause` with no other sum between, else one within two words after it. Nil
    /// for figures that are no sum.
    /// - Complexity: O(n) look-ups over the clause's words; O(rows) suffix tests for a capitalised word in a language that
    ///   compounds.
    func sumHeadMeasure(of mention: QuantityMention, clause: Range<Int>, tokens: [ClaimToken]) -> String? {
        guard let unit = mention.quantity.unit, pack.currencyCodes.contains(unit) else { return nil }
        let lexicon = SumNouns.of(pack.language)
        guard !lexicon.nouns.isEmpty else { return nil }
        func label(at index: Int) -> String? {
            let token = tokens[index]
            guard token.kind == .word else { return nil }
            if index + 1 < tokens.count, let label = lexicon.nouns[token.lower + " " + tokens[index + 1].lower] {
                return label
            }
            return lexicon.nouns.label(of: token.lower, compounds: pack.capitalizesNouns && token.isCapitalized)
        }
        // Back to the nearest other sum: a noun before it is that sum's head (`Der Durchschnittspreis liegt bei 69 Euro pro Nacht,
        // das monatliche Einkommen … bei 341 Euro`); a count between does not stop it (`Die Kosten für 40 Schüler beliefen sich
        // auf 300 Euro`).
        func isSum(at index: Int) -> Bool {
            tokens[index].kind == .number
                && (index + 1 < tokens.count && pack.currencies.match(tokens, at: index + 1) != nil
                    || index > 0 && pack.currencies.match(tokens, at: index - 1) != nil)
        }
        for index in stride(from: mention.first - 1, through: clause.lowerBound, by: -1) {
            if isSum(at: index) { return nil }
            if let found = label(at: index) { return found == "none" ? nil : found }
        }
        for index in mention.end..<min(mention.end + 3, clause.upperBound) {
            if let found = label(at: index) { return found == "none" ? nil : found }
        }
        return nil
    }

    /// True when the sum is joined by `von`/`of` to a noun right before it (`Kredite im Ausmaß von 190 Millionen Euro`, `annual
    /// revenue of €2.5 billion`) or, where nouns are capitalised, a noun follows it (`101 Mio. Euro Gewinn`): the sum is that
    /// noun's amount and continues no measure of an earlier sum.
    /// - Complexity: O(1).
    func isSumOfOwnHeadNoun(_ mention: QuantityMention, tokens: [ClaimToken]) -> Bool {
        guard let unit = mention.quantity.unit, pack.currencyCodes.contains(unit) else { return false }
        // Where nouns are capitalised, a noun right after the sum names it too (`Im Jahr davor waren es noch 101 Mio. Euro Gewinn`
        // after a loss: no loss).
        if pack.capitalizesNouns, mention.end < tokens.count, tokens[mention.end].kind == .word,
            tokens[mention.end].isCapitalized
        {
            return true
        }
        guard mention.first >= 2, pack.dimensionHeadPrepositions.contains(tokens[mention.first - 1]) else {
            return false
        }
        let noun = tokens[mention.first - 2]
        guard noun.kind == .word else { return false }
        return pack.capitalizesNouns ? noun.isCapitalized : !pack.commonWords.contains(noun.lower)
    }
}

/// The rows of one language's `sum-nouns.txt`: head nouns of money and the measure they name.
struct SumNouns: Sendable {
    /// Noun (or two-word noun) → measure label (`cost`, `fined`, `none`), with the compound test.
    let nouns: CompoundNounLabels

    init(rows: [[String]]) {
        var labels: [String: String] = [:]
        for row in rows where row.count >= 2 { labels[row[0]] = row[1] }
        nouns = CompoundNounLabels(labels)
    }

    /// Every language's rows, read once.
    static let all = LexiconFile.perLanguage("sum-nouns.txt", SumNouns.init(rows:))

    /// The rows of `language`; none when it has no file.
    static func of(_ language: String) -> SumNouns {
        all[language] ?? SumNouns(rows: [])
    }
}

internal import ParallaxModel

/// Measures named by a noun before the figure's preposition (round 15). Changes: `ein Wachstum von drei Prozent`, `einem Plus von 1,40 Prozent`, `ein Temperaturanstieg
/// um weniger als zwei Grad`, `a rise of 4%` state a change of what the figure measures, in the nominal style of economic and
/// statistical news, where no verb of the clause says so (`rechnet … mit einem Wachstum von drei Prozent`, `hatten … ein
/// Realwachstum von 1,6 Prozent vorhergesagt`). Seen in `real` (Markteinschätzung, Temperaturanstieg), `real2` (Realwachstum,
/// Wachstum) and `real3` (Steigerung, Plus); the family is written whole from the language (`nominal-measures.txt`).
extension MeasureFinder {
    /// The measure a noun right before the figure's preposition names: a change (`Wachstum von`, `Anstieg um`, `rise of`), a
    /// payment or a charge of a sum (`Pauschale von`, `payment of`): where nouns are capitalised a compound ending in the noun too (`Realwachstum`, `Umsatzplus`), the longest
    /// row first, so that a look-alike row (`Versteigerung`: `none`) stops it. Nil when no such noun stands there, and for a
    /// length (`a fall of 30 metres` is a height).
    /// - Complexity: O(1) look-ups for the word before the preposition; O(rows) suffix tests only for a capitalised word
    ///   there in a language that compounds.
    func nominalMeasure(of mention: QuantityMention, tokens: [ClaimToken]) -> String? {
        // `a fall of 30 metres`, `ein Plus von zwei Metern`: a length after such a noun is a height or a depth, not a change.
        guard mention.first >= 2, !Self.lengthUnits.contains(mention.quantity.unit ?? "") else { return nil }
        let lexicon = NominalMeasures.of(pack.language)
        // Where nouns are capitalised, one lower-case adverb may stand between the preposition and the figure (`eine Dividende
        // von zuletzt 210 Millionen Pfund`, `Einstiegspreise von inzwischen rund 500 Euro`; round 18).
        var preposition = mention.first - 1
        if pack.capitalizesNouns, preposition >= 2, tokens[preposition].kind == .word, !tokens[preposition].isCapitalized,
            !lexicon.prepositions.contains(tokens[preposition].lower),
            lexicon.prepositions.contains(tokens[preposition - 1].lower) || lexicon.sumPrepositions.contains(tokens[preposition - 1].lower)
        {
            preposition -= 1
        }
        // A preposition that joins only a payment to its sum (`ein Gutschein über 10 Euro`; round 28).
        let sumOnly = lexicon.sumPrepositions.contains(tokens[preposition].lower)
        guard preposition >= 1, lexicon.prepositions.contains(tokens[preposition].lower) || sumOnly else { return nil }
        let noun = tokens[preposition - 1]
        guard noun.kind == .word else { return nil }
        guard let label = lexicon.nouns.label(of: noun.lower, compounds: pack.capitalizesNouns && noun.isCapitalized), label != "none" else {
            return nil
        }
        // Payments and charges are sums (`Pauschale von 306 Euro`), never counts (`Spende von 300 Decken`).
        // A payment may be a share of a sum (`eine Erstattung von 50 Prozent`, `a refund of 50 percent`; round 22), though not
        // a share after `um`/`by`, which is a change (`Einnahmen … gegen laufende Prämie um 4,9 Prozent`).
        let unit = mention.quantity.unit ?? ""
        let paidShare = label == "paid" && unit == "percent" && !pack.byPrepositions.contains(tokens[preposition])
        if label != "increase", label != "decrease", !pack.currencyCodes.contains(unit), !paidShare { return nil }
        if sumOnly, !pack.currencyCodes.contains(unit) || label == "increase" || label == "decrease" { return nil }
        return label
    }

    /// The measure a noun of payment or charge names through a preposition right after a sum (`£210 million in dividends`,
    /// `€2m in fees`; `nominal-measures.txt`, `after` rows; round 28), for a sum no other word measures: `paid` or `cost`.
    /// - Complexity: O(1): two token look-ups and one noun look-up.
    func nominalMeasureAfter(_ mention: QuantityMention, tokens: [ClaimToken]) -> String? {
        guard let unit = mention.quantity.unit, pack.currencyCodes.contains(unit), mention.end + 1 < tokens.count else { return nil }
        let lexicon = NominalMeasures.of(pack.language)
        guard lexicon.afterPrepositions.contains(tokens[mention.end].lower) else { return nil }
        let noun = tokens[mention.end + 1]
        guard noun.kind == .word,
            let label = lexicon.nouns.label(of: noun.lower, compounds: pack.capitalizesNouns && noun.isCapitalized),
            label == "paid" || label == "cost"
        else { return nil }
        return label
    }
}

extension MeasureFinder {
    /// True when a verb's `increase` or `decrease` (`found`) reaches a figure that is no change (round 15): a count of people
    /// or things of a known unit (`tausende Österreicher … Geld verloren`, `Nine vehicles … plunged`, `a ferry carrying more than
    /// 400 people sank`) with no preposition of change before it (`sank um 5.000`, `fell by 300`, `auf`, `von`: those figures
    /// are the change or its levels and the rules after this one read them). Sums, shares, points, measurements and unknown
    /// nouns keep the verb's change.
    /// - Complexity: O(1), once per figure whose measure a verb of change gave.
    func isCountUnderChangeVerb(_ mention: QuantityMention, found: String?, tokens: [ClaimToken]) -> Bool {
        guard found == "increase" || found == "decrease", let unit = mention.quantity.unit else { return false }
        // `plus 2,4 Prozent oder 43.236 Personen`: a count joined to a share right before it restates that change.
        if mention.first >= 2, tokens[mention.first - 2].text == "%" || pack.unit(for: tokens[mention.first - 2].lower)?.unit == "percent" {
            return false
        }
        if mention.first > 0 {
            let before = tokens[mention.first - 1]
            if pack.byPrepositions.contains(before) || pack.targetPrepositions.contains(before) || pack.partPrepositions.contains(before)
                || NominalMeasures.of(pack.language).prepositions.contains(before.lower)
            {
                return false
            }
        }
        return unit != "percent" && !unit.hasSuffix("point") && !pack.currencyCodes.contains(unit) && !Self.measurementUnits.contains(unit) && !pack.lengthUnits.contains(unit)
            && unit != "tonne" && unit != "litre" && unit != "barrel"
    }

    /// Units of length, which a noun of change does not measure.
    static let lengthUnits: Set<String> = ["metre", "kilometre", "centimetre", "millimetre", "mile", "foot", "inch", "yard"]
}

/// The rows of one language's `nominal-measures.txt`: the prepositions that join such a noun to its figure and the nouns with
/// the measure they name.
struct NominalMeasures: Sendable {
    var prepositions: Set<String> = []
    /// Prepositions that join only a noun of payment or charge to its sum (`Gutschein über 10 Euro`; `sum-preposition` rows).
    var sumPrepositions: Set<String> = []
    /// Prepositions that join a sum to a noun of payment or charge after it (`£210 million in dividends`; `after` rows).
    var afterPrepositions: Set<String> = []
    /// Noun → measure label (`increase`, `decrease`, `paid`, `cost`, `none`), with the compound test.
    let nouns: CompoundNounLabels

    init(rows: [[String]]) {
        var labels: [String: String] = [:]
        for row in rows where row.count >= 2 {
            if row[0] == "preposition" { prepositions.insert(row[1].lowercased()) }
            if row[0] == "sum-preposition" { sumPrepositions.insert(row[1].lowercased()) }
            if row[0] == "after" { afterPrepositions.insert(row[1].lowercased()) }
            if row[0] == "noun", row.count >= 3 { labels[row[1].lowercased()] = row[2] }
        }
        nouns = CompoundNounLabels(labels)
    }

    /// Every language's rows, read once.
    static let all = LexiconFile.perLanguage("nominal-measures.txt", NominalMeasures.init(rows:))

    /// The rows of `language`; none when it has no file.
    static func of(_ language: String) -> NominalMeasures {
        all[language] ?? NominalMeasures(rows: [])
    }
}

internal import ParallaxModel

/// Money moved to another party (round 27): a sum followed by the preposition of a recipient (`an`, `to`) in a
/// clause with a verb of moving (`schoben die Chefs 80 Millionen Euro an die Holding`, `moved some €420 million to an
/// affiliate`, `€4.3 million went to a consultancy`) was paid to that party. Writers of three tuning splits label such a
/// sum `paid` (dev4, dev8, dev9); before, it read no measure, because the verbs of moving are no measure rows
/// (`verschoben` also postpones, `moved` also moves people and votes). The rule reads only sums of money that no other
/// word measures, and only when the recipient's preposition follows the sum, so a level reached (`went from €1 to €2`)
/// and a postponement (`auf 2027 verschoben`) are left alone.
extension MeasureFinder {
    /// `paid` when the sum is moved to a recipient named right after it (`moved-money.txt`), else nil: the preposition
    /// of a recipient right after the sum (or after a verb of moving, `€4.3 million went to …`), followed by a word (a
    /// determiner, where the language lists them), with a verb of moving at most five words before the sum or at most
    /// eight words after the preposition, in the same clause; not when a preposition of a level, a start or a change
    /// stands right before the sum.
    /// - Complexity: O(1): at most sixteen token look-ups, once per sum no other word measures.
    func movedMoneyMeasure(of mention: QuantityMention, tokens: [ClaimToken]) -> String? {
        guard let unit = mention.quantity.unit, pack.currencyCodes.contains(unit) else { return nil }
        let lexicon = MovedMoney.of(pack.language)
        guard !lexicon.recipients.isEmpty, mention.end < tokens.count else { return nil }
        if mention.first > 0, lexicon.blockers.contains(tokens[mention.first - 1].lower) { return nil }
        var preposition = mention.end
        // `€4.3 million went to …`: a verb of moving may stand between the sum and the preposition.
        let moverAfter = lexicon.movers.contains(tokens[preposition].lower)
        if moverAfter { preposition += 1 }
        guard preposition + 1 < tokens.count, lexicon.recipients.contains(tokens[preposition].lower),
            tokens[preposition + 1].kind == .word,
            lexicon.determiners.isEmpty || lexicon.determiners.contains(tokens[preposition + 1].lower)
        else { return nil }
        if moverAfter { return "paid" }
        var scan = mention.first - 1
        while scan >= 0, mention.first - scan <= 5, !tokens[scan].isClauseMark {
            if lexicon.movers.contains(tokens[scan].lower) { return "paid" }
            scan -= 1
        }
        scan = preposition + 1
        while scan < tokens.count, scan - preposition <= 8, !tokens[scan].isClauseMark {
            if lexicon.movers.contains(tokens[scan].lower) { return "paid" }
            scan += 1
        }
        return nil
    }
}

/// The rows of one language's `moved-money.txt`: the prepositions of a recipient, the verbs of moving, the
/// prepositions that, right before a sum, make it a level or a start rather than what is moved, and (where the
/// preposition of a recipient is also partitive, German `40 Millionen Euro an Fördergeld`) the determiners one of which
/// must open the recipient.
struct MovedMoney: Sendable {
    var recipients: Set<String> = []
    var movers: Set<String> = []
    var blockers: Set<String> = []
    var determiners: Set<String> = []

    init(rows: [[String]]) {
        for row in rows where row.count >= 2 {
            let word = row[1].lowercased()
            switch row[0] {
            case "recipient": recipients.insert(word)
            case "mover": movers.insert(word)
            case "blocker": blockers.insert(word)
            case "determiner": determiners.insert(word)
            default: continue
            }
        }
    }

    /// Every language's rows, read once.
    static let all = LexiconFile.perLanguage("moved-money.txt", MovedMoney.init(rows:))

    /// The rows of `language`; none when it has no file.
    static func of(_ language: String) -> MovedMoney {
        all[language] ?? MovedMoney(rows: [])
    }
}

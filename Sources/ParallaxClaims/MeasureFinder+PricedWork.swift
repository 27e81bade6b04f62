internal import ParallaxModel

/// The price of a work (round 25): a sum after the preposition of price next to a verb of building or repairing
/// (`war 2019 für 28 Millionen Euro gebaut worden`, `für rund 25 Millionen Euro modernisiert`, `recommended strengthening it
/// for about €1.2 million`), or right before an adjective of price (`den 2,1 Milliarden Euro teuren Campus`), is what the work
/// cost. Every writer who annotates such a sum labels it `cost` (dev8, dev13, dev15, dev17, dev19); before, the sum read no
/// measure in dev15, dev17 and dev19, because the verb of building is no measure row (`gebaut` also counts houses built) and
/// the sum's head noun (`Campus`, `Bahn`) is no noun of cost. Counted things are never priced here: the rule reads only sums
/// of money (`für 450 Passagiere gebaut` is a capacity, `MeasureFinder+Capacity.swift`).
extension MeasureFinder {
    /// `cost` when the sum is the price of a work named around it (`priced-works.txt`), else nil: an adjective of price right
    /// after the sum, or the preposition of price right before it (a qualifier of up to two words between) with a word of
    /// building or repairing at most three words after the sum or four words before the preposition, in the same clause.
    /// - Complexity: O(1): at most nine token look-ups, once per sum no other word measures.
    func pricedWorkMeasure(of mention: QuantityMention, tokens: [ClaimToken]) -> String? {
        guard let unit = mention.quantity.unit, pack.currencyCodes.contains(unit) else { return nil }
        let lexicon = PricedWorks.of(pack.language)
        guard !lexicon.prepositions.isEmpty else { return nil }
        if mention.end < tokens.count, lexicon.priceAdjectives.contains(tokens[mention.end].lower) { return "cost" }
        let preposition = (max(0, mention.number - 3)..<mention.number).last { lexicon.prepositions.contains(tokens[$0].lower) }
        guard let preposition, preposition >= mention.first - 1 else { return nil }
        var scan = mention.end
        while scan < tokens.count, scan - mention.end < 3, !tokens[scan].isClauseMark {
            if lexicon.works.contains(tokens[scan].lower) { return "cost" }
            scan += 1
        }
        scan = preposition - 1
        while scan >= 0, preposition - scan <= 4, !tokens[scan].isClauseMark {
            if lexicon.works.contains(tokens[scan].lower) { return "cost" }
            scan -= 1
        }
        return nil
    }
}

/// The rows of one language's `priced-works.txt`: the preposition of price, the words of building or repairing and the
/// adjectives of price.
struct PricedWorks: Sendable {
    var prepositions: Set<String> = []
    var works: Set<String> = []
    var priceAdjectives: Set<String> = []

    init(rows: [[String]]) {
        for row in rows where row.count >= 2 {
            let word = row[1].lowercased()
            switch row[0] {
            case "preposition": prepositions.insert(word)
            case "work": works.insert(word)
            case "price": priceAdjectives.insert(word)
            default: continue
            }
        }
    }

    /// Every language's rows, read once.
    static let all = LexiconFile.perLanguage("priced-works.txt", PricedWorks.init(rows:))

    /// The rows of `language`; none when it has no file.
    static func of(_ language: String) -> PricedWorks {
        all[language] ?? PricedWorks(rows: [])
    }
}

/// Finds what a counted number measures from the words of its clause (`entsandt` → deployed).
///
/// The counted noun's own measure comes first (`Gefallene` → killed); then the nearest verb of
/// the clause; a noun (`Verluste`) only when no verb names a measure. Lexicon phrases such as
/// `verwundet oder getötet` are measures of their own (`killed or wounded`).
struct MeasureFinder: Sendable {
    var pack: LanguagePack

    init(pack: LanguagePack) {
        self.pack = pack
    }

    /// The measure words of a sentence: token index and measure.
    func find(in tokens: [ClaimToken]) -> [(index: Int, length: Int, measure: LanguagePack.Measure)] {
        var found: [(index: Int, length: Int, measure: LanguagePack.Measure)] = []
        var index = 0
        while index < tokens.count {
            if tokens[index].kind == .word, let match = pack.measures.match(tokens, at: index) {
                // A participle between a determiner and its noun is an adjective (`the affected schools`,
                // `die betroffenen Schulen`), not the clause's verb.
                let next = index + match.length
                let attributive = !match.value.isNoun && match.length == 1 && index > 0 && next < tokens.count
                    && pack.sourceSkips.contains(tokens[index - 1]) && tokens[next].kind == .word
                    && (pack.capitalizesNouns ? tokens[next].isCapitalized : !pack.commonWords.contains(tokens[next].lower))
                if !attributive { found.append((index, match.length, match.value)) }
                index += match.length
            } else {
                index += 1
            }
        }
        // A verb whose particle stands later (`kam die Partei … auf 37,5 Prozent`): the measure sits at the
        // particle, next to the number it governs.
        for (index, token) in tokens.enumerated() where token.kind == .word {
            guard pack.maySeparate(token.lower), let entries = pack.separableMeasures[token.lower] else { continue }
            for entry in entries {
                guard let particle = tokens[(index + 1)...].firstIndex(where: { $0.lower == entry.particle }) else { continue }
                found.append((particle, 1, LanguagePack.Measure(label: entry.label, isNoun: false)))
            }
        }
        return found
    }

    /// The measure for the quantity at `mention`, given the sentence's measure words and clause
    /// boundaries (`;`, a comma before a subordinating word).
    /// - Parameter limit: the most words allowed between the quantity and its measure word.
    func measure(
        for mention: QuantityMention, among words: [(index: Int, length: Int, measure: LanguagePack.Measure)],
        tokens: [ClaimToken], limit: Int = .max
    ) -> String? {
        if let phrase = words.first(where: { $0.index > mention.first && $0.index < mention.end && $0.index + $0.length > mention.end }) {
            return phrase.measure.label  // `900 Tote und Verletzte`: a phrase that starts at the counted noun
        }
        // A figure joined to its unit by a hyphen describes a thing (`the 48-metre dam`, `a 150-member
        // parliament`, `a 48-hour strike`): its size, or a duration for units of time.
        if mention.number + 2 < tokens.count, tokens[mention.number + 1].text == "-", !tokens[mention.number + 1].spaceBefore,
            tokens[mention.number + 2].kind == .word, !tokens[mention.number + 2].spaceBefore
        {
            return mention.impliedMeasure == "duration" ? "duration" : "size"
        }
        // A unit's measure marked weak (`Beschäftigte` → employed?) yields to a verb of the clause
        // (`betroffen sind rund 3.400 Beschäftigte` → affected).
        var weak: String?
        if let implied = mention.impliedMeasure {
            guard implied.hasSuffix("?") else { return implied }
            weak = String(implied.dropLast())
        }
        // A measure noun right after the figure names what it is (`€600m savings drive`, `a 9.5% raise`).
        if let noun = words.first(where: { $0.index == mention.end && $0.measure.isNoun }) { return noun.measure.label }
        // So does a noun of cost whose figure follows `von`/`of` (`ein Schaden von 1,1 Millionen Euro`, `damage of
        // €2m`): the amount is the cost whatever the verb; aid of a sum takes the verb's measure (paid, pledged).
        if mention.first >= 2, ["von", "of"].contains(tokens[mention.first - 1].lower),
            let noun = words.first(where: {
                $0.index + $0.length == mention.first - 1 && $0.measure.isNoun && $0.measure.label == "cost"
            })
        {
            return noun.measure.label
        }
        let clause = clauseBounds(tokens, around: mention.number)
        let embedded = embeddedClauses(tokens, around: mention.number)
        let inClause = words.filter { $0.index >= clause.lowerBound && $0.index < clause.upperBound }
            .filter { $0.index >= mention.end || $0.index + $0.length <= mention.first }
            .filter { word in !embedded.contains { $0.contains(word.index) } }
        func distance(_ word: (index: Int, length: Int, measure: LanguagePack.Measure)) -> Int {
            let between = word.index >= mention.end ? mention.end..<word.index : (word.index + word.length)..<mention.first
            let commas = between.reduce(0) { $0 + (tokens[$1].text == "," ? 3 : 0) }
            return commas + (word.index >= mention.end ? word.index - mention.end : (mention.first - word.index) + 1)
        }
        func gap(_ word: (index: Int, length: Int, measure: LanguagePack.Measure)) -> Int {
            word.index >= mention.end ? word.index - mention.end : mention.first - (word.index + word.length)
        }
        let candidates = inClause.filter { gap($0) <= limit }
        let verbs = candidates.filter { !$0.measure.isNoun }.min { distance($0) < distance($1) }
        let nouns = candidates.filter { $0.measure.isNoun && distance($0) <= 8 }.min { distance($0) < distance($1) }
        let found = verbs?.measure.label ?? weak ?? nouns?.measure.label
        // The level a rise or fall reaches (`stieg um 6 Prozent auf über 94 Dollar`, `fell 5% to €2.14`) is no change.
        if found == "increase" || found == "decrease", mention.first > 0, pack.targetPrepositions.contains(tokens[mention.first - 1]) {
            return nil
        }
        return found
    }

    /// Relative clauses between two commas that do not hold the number (`Familien, die ihr Haus verloren
    /// haben, eine Soforthilfe von …`): their verbs are not the number's.
    private func embeddedClauses(_ tokens: [ClaimToken], around index: Int) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var comma = 0
        while comma + 1 < tokens.count {
            defer { comma += 1 }
            guard tokens[comma].text == ",", pack.relativePronouns.contains(tokens[comma + 1]) else { continue }
            var end = comma + 1
            while end < tokens.count, tokens[end].text != ",", tokens[end].text != ";" { end += 1 }
            guard end < tokens.count, tokens[end].text == ",", !(comma..<end).contains(index) else { continue }
            found.append(comma..<end)
        }
        return found
    }

    private func clauseBounds(_ tokens: [ClaimToken], around index: Int) -> Range<Int> {
        func isBoundary(_ position: Int) -> Bool {
            tokens[position].text == ";"
                || (tokens[position].text == "," && position + 1 < tokens.count
                    && pack.clauseOpeners.contains(tokens[position + 1]))
        }
        var lower = index
        while lower > 0, !isBoundary(lower - 1) { lower -= 1 }
        var upper = index
        while upper < tokens.count, !isBoundary(upper) { upper += 1 }
        return lower..<upper
    }
}

internal import ParallaxModel

/// Which measure word governs a figure, by clause structure (round 15b).
///
/// Two shapes any writer uses: a figure and its noun that open a main clause of their own after a comma (`Rund 1.200
/// Menschen mussten ihre Häuser verlassen, knapp 180.000 Haushalte sitzen seitdem ohne Gas da`, `…, and about 180 residents
/// were evacuated`), whose verb is not the clause's before the comma; and a measure word joined by its preposition to another
/// figure (`nach einem Minus von 10,7 Prozent … leicht um 2,2 Prozent`, `40,06 Prozent, ein Minus von 7,87
/// Prozentpunkten`), which names that figure and no other.
extension MeasureFinder {
    /// True when the figure and its noun stand right after a comma (a conjunction may follow it: `…, und 23 Passagiere`)
    /// and the word after the noun is a finite verb (``isFollowedByFiniteVerb(_:tokens:)``). A bare figure (`…, 64 habe
    /// man … gerettet`) is ``opensOwnClause(_:tokens:)``'s.
    /// - Complexity: O(1).
    func opensCoordinatedClause(_ mention: QuantityMention, tokens: [ClaimToken]) -> Bool {
        guard mention.first > 0, isFollowedByFiniteVerb(mention, tokens: tokens) else { return false }
        var before = mention.first - 1
        if tokens[before].kind == .word, CoordinatedClauses.of(pack.language).conjunctions.contains(tokens[before].lower), before > 0 {
            before -= 1
        }
        return tokens[before].text == ","
    }

    /// True when the figure and its noun are the subject of a clause of their own: they open the sentence or a clause
    /// after a comma, semicolon, colon or dash (`Rund 9.000 Menschen verbrachten die Nacht in Wärmestuben`, `Some 28,000
    /// spectators were inside the ground`) and a finite verb follows the noun. Such a figure says what its own verb says:
    /// it continues no measure of the figure before it. A sum is left out: one that opens a clause is mostly its object.
    /// - Complexity: O(1).
    func isSubjectOfOwnClause(_ mention: QuantityMention, tokens: [ClaimToken]) -> Bool {
        // A sum that opens a German clause is mostly its object (`500 Euro muss der Trainer … berappen`): no subject.
        guard isFollowedByFiniteVerb(mention, tokens: tokens), !pack.currencyCodes.contains(mention.quantity.unit ?? "") else {
            return false
        }
        if mention.first == 0 || opensCoordinatedClause(mention, tokens: tokens) { return true }
        return [";", ":", "–", "—"].contains(tokens[mention.first - 1].text)
    }

    /// True when the figure has its noun and the word right after it is a finite verb: where nouns are capitalised any
    /// lower-case word but those that go on with a noun phrase or a list (`coordinated-clauses.txt`, `not-verb`: the verb
    /// stands second in a German main clause, right after its subject), elsewhere a listed auxiliary, copula or modal
    /// (`verb`).
    /// - Complexity: O(1).
    func isFollowedByFiniteVerb(_ mention: QuantityMention, tokens: [ClaimToken]) -> Bool {
        guard mention.quantity.unit != nil, mention.end > mention.number + 1, mention.end < tokens.count else { return false }
        let next = tokens[mention.end]
        guard next.kind == .word else { return false }
        let lexicon = CoordinatedClauses.of(pack.language)
        if pack.capitalizesNouns { return !next.isCapitalized && !lexicon.notVerbs.contains(next.lower) }
        return lexicon.verbs.contains(next.lower)
    }

    /// True when `word` stands before the figure and is joined by a preposition of a nominal measure (`von`, `um`, `of`,
    /// `by`; `nominal-measures.txt`) to another figure before this one (`Minus von 10,7 Prozent`): it names that figure.
    /// A figure restated in brackets after it is not another. Words after the figure are
    /// ``governsLaterFigure(_:mention:tokens:)``'s.
    /// - Complexity: O(1).
    func governsEarlierFigure(
        _ word: (index: Int, length: Int, measure: LanguagePack.Measure), mention: QuantityMention, tokens: [ClaimToken]
    ) -> Bool {
        guard word.index + word.length <= mention.first, let governed = figureJoined(to: word, tokens: tokens) else { return false }
        // The same figure restated in brackets (`Rekordstrafe von 105 Millionen Dollar (95,99 Mio. Euro)`) shares its noun.
        return governed < mention.first && !tokens[governed..<mention.first].contains { $0.text == "(" }
    }

    /// True when `word` stands after the figure and is joined by a preposition of a nominal measure to a later figure
    /// (`40,06 Prozent, ein Minus von 7,87 Prozentpunkten`): it names that figure, not this one.
    /// - Complexity: O(1).
    func governsLaterFigure(
        _ word: (index: Int, length: Int, measure: LanguagePack.Measure), mention: QuantityMention, tokens: [ClaimToken]
    ) -> Bool {
        guard word.index >= mention.end, let governed = figureJoined(to: word, tokens: tokens) else { return false }
        return governed > word.index
    }

    /// The position of the number a measure word is joined to by a preposition of a nominal measure, a qualifier
    /// allowed between (`Anstieg um mehr als 3 Prozent`); nil when none follows.
    private func figureJoined(to word: (index: Int, length: Int, measure: LanguagePack.Measure), tokens: [ClaimToken]) -> Int? {
        var next = word.index + word.length
        guard next + 1 < tokens.count, tokens[next].kind == .word,
            NominalMeasures.of(pack.language).prepositions.contains(tokens[next].lower)
        else { return nil }
        next += 1
        if tokens[next].kind == .word, let qualifier = pack.qualifiers.match(tokens, at: next) { next += qualifier.length }
        guard next < tokens.count, tokens[next].kind == .number else { return nil }
        return next
    }
}

/// The rows of one language's `coordinated-clauses.txt`.
struct CoordinatedClauses: Sendable {
    /// Conjunctions that may stand between the comma and the figure.
    var conjunctions: Set<String> = []
    /// Lower-case words that go on with a noun phrase or a list (languages that capitalise nouns).
    var notVerbs: Set<String> = []
    /// Finite verbs that open the clause after the figure's noun (languages that do not).
    var verbs: Set<String> = []

    init(rows: [[String]]) {
        for row in rows where row.count >= 2 {
            switch row[0] {
            case "conjunction": conjunctions.insert(row[1].lowercased())
            case "not-verb": notVerbs.insert(row[1].lowercased())
            case "verb": verbs.insert(row[1].lowercased())
            default: continue
            }
        }
    }

    /// Every language's rows, read once.
    static let all = LexiconFile.perLanguage("coordinated-clauses.txt", CoordinatedClauses.init(rows:))

    /// The rows of `language`; none when it has no file.
    static func of(_ language: String) -> CoordinatedClauses {
        all[language] ?? CoordinatedClauses(rows: [])
    }
}

extension MeasureFinder {
    /// The position of the subordinating word that opens the figure's clause (`…, nachdem die Veranstalter mehr als 60.000
    /// Menschen … gelassen hatten`, `… were killed when a bus carrying 44 pupils plunged`; `clause-openers.txt`, `subordinate`),
    /// nil when the figure stands in a main clause (round 34).
    /// - Complexity: O(n) in the clause's tokens.
    func subordinateOpener(of mention: QuantityMention, tokens: [ClaimToken]) -> Int? {
        let lower = clauseBounds(tokens, around: mention.number).lowerBound
        guard lower > 0 else { return nil }
        if tokens[lower - 1].kind == .word { return pack.subordinateClauseOpeners.contains(tokens[lower - 1]) ? lower - 1 : nil }
        guard tokens[lower - 1].text == ",", lower < mention.first, pack.subordinateClauseOpeners.contains(tokens[lower]) else { return nil }
        return lower
    }
}

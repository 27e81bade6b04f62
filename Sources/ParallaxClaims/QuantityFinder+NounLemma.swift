import ParallaxModel

/// What a figure counts, read from the form of the words after it (round 15): the counted noun in its dictionary form
/// for every figure (`Quantity/noun`). Reading the unit of an unknown English noun from its form (`204 binders` →
/// binder) was tried and left out: every English gold leaves such nouns without a unit (docs/claims.md, round 15).
extension QuantityFinder {
    /// The most words read between a figure and its noun (adjectives, participles, the first nouns of a compound).
    static let nounSearchWidth = 4

    /// The index of the counted noun after a figure ending at `end`, read by form alone, or `nil`.
    ///
    /// Where nouns are capitalised, it is the first capitalised word after lower-case words with an adjective's
    /// inflection ending (`204 Aktenordner`, `rund 1,2 Millionen Profiteure`, `drei mutmaßliche Täter`). Where the plural
    /// is marked by its ending, it is the first word in plural form past lower-case modifiers (`Up to 20 lags`, `three
    /// primary schools`, `more than 20 hardened thugs`), followed by further plurals of a written-apart compound as
    /// its head (`transmission towers`); function words, capitalised names (outside a title-case headline), numbers and
    /// punctuation end the search, and so does a part preposition (`12 of the …`, which the partitive rules read).
    /// - Complexity: O(1): at most ``nounSearchWidth`` tokens are read.
    func headNounIndex(_ tokens: [ClaimToken], from end: Int) -> Int? {
        var scan = end
        // A hyphen glued to the figure opens a compound (`40-Tonner`, `137-seitige`): no noun of its own.
        if scan < tokens.count, tokens[scan].text == "-" { return nil }
        // An age between the count and its noun is an adjective (`Drei 67-jährige Männer`; round 33).
        if scan + 2 < tokens.count, tokens[scan].kind == .number, let age = ageAdjectiveEnd(tokens, at: scan) { scan = age }
        let first = scan
        while scan < tokens.count, scan - first < Self.nounSearchWidth {
            let token = tokens[scan]
            guard token.kind == .word, !isNounStop(token) else { return nil }
            if pack.capitalizesNouns {
                if token.isCapitalized { return scan }
                guard pack.hasInflectedAdjectiveEnding(token.lower) else { return nil }
            } else {
                if token.isCapitalized && !titleCase {
                    guard isCapitalizedModifier(tokens, at: scan, from: end) else { return nil }
                    scan += 1
                    continue
                }
                if token.lower.hasSuffix("ly") { return nil }
                if pack.nounLemmatizer.isPluralForm(token.lower) {
                    // A written-apart compound ends in its head (`emergency shelters`): only a plural may follow.
                    if scan + 1 < tokens.count, tokens[scan + 1].kind == .word, !tokens[scan + 1].isCapitalized || titleCase,
                        !isNounStop(tokens[scan + 1]), pack.nounLemmatizer.isPluralForm(tokens[scan + 1].lower),
                        pack.countedUnit(for: tokens[scan].lower) == nil
                    {
                        return scan + 1
                    }
                    return scan
                }
            }
            scan += 1
        }
        return nil
    }

    /// The counted noun of a figure ending at `end` in its dictionary form (`insasse`, `lag`), or `nil`.
    func nounLemma(_ tokens: [ClaimToken], from end: Int) -> String? {
        guard let head = headNounIndex(tokens, from: end) else { return nil }
        return pack.nounLemmatizer.lemma(tokens[head].lower)
    }

    /// A word that ends the search for a noun: a word that stops the counted-noun search, a determiner or article, a part
    /// preposition, a pronoun-like source skip.
    private func isNounStop(_ token: ClaimToken) -> Bool {
        pack.unitGapStops.contains(token) || pack.determiners.contains(token) || pack.halfArticles.contains(token)
            || pack.partPrepositions.contains(token) || pack.sourceSkips.contains(token)
    }
}

/// A party the article named before, cited again by one word right next to a cue (round 16): `Veltgas zufolge`, `beziffert
/// Hallgren den Schaden`, `registrierte Eurostat`, `laut Gsell`.
extension AttributionFinder {
    /// The party a capitalised word at `index` names when the article named it before: the last name of a person named in full
    /// (→ the full name) or a word of a body's name (→ the body's label). Nil for a word after a determiner (a noun, where nouns are
    /// capitalised), a pronoun, a word the source skips list (`Herr`, `Dr.`), and any word the article did not name before.
    /// - Complexity: O(bodies named before), once per cue whose source the other rules did not find.
    func knownName(_ tokens: [ClaimToken], at index: Int, bodies: BodyMemory, people: [String: String]) -> String? {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word, tokens[index].isCapitalized,
            tokens[index].text.count > 2, !pack.sourceSkips.contains(tokens[index]), !pack.pronouns.contains(tokens[index]),
            !pack.determiners.contains(tokens[index])
        else { return nil }
        if index > 0, pack.determiners.contains(tokens[index - 1]) || pack.sourceSkips.contains(tokens[index - 1]) { return nil }
        // `Hallgren-Aktie`, `Gsell-Studie`: a word glued to the next one by a hyphen is part of a compound.
        if index + 1 < tokens.count, tokens[index + 1].text == "-", !tokens[index + 1].spaceBefore { return nil }
        let word = tokens[index].lower
        if let person = people[word] { return person }
        return bodies.bodies.last { body in
            SpacedWords.contains(word, in: body.words) && SpacedWords.contains(word, in: body.label)
        }?.label
    }

    /// True when the word at `index` opens its clause: the sentence's first word, or the first after clause punctuation, a
    /// colon or a dash.
    func opensClause(_ tokens: [ClaimToken], at index: Int) -> Bool {
        index == 0 || (tokens[index - 1].kind == .punctuation && Self.closesClause(tokens[index - 1]))
    }

    /// True when the party stands after a preposition of opposition (`gegen das Ministerium`, `against the ministry`), past its
    /// determiners: the target of an accusation or a complaint, never its speaker (round 16).
    func isOpponent(_ party: EntityMention, _ tokens: [ClaimToken]) -> Bool {
        var before = party.first - 1
        while before >= 0, pack.determiners.contains(tokens[before]) { before -= 1 }
        return before >= 0 && pack.opponentPrepositions.contains(tokens[before])
    }

    /// True when a group of people is the counted noun of a figure right before it (`das rund 10.000 Einwohner zählt`, `about
    /// 4,200 residents`): what is counted does not speak (round 16).
    /// `17.101 neue Bewohner`: one lower-case word that is no determiner (an adjective) may stand between the figure and the
    /// group; `Im Jahr 2026 nahm der Verein …` counts nobody.
    func isCounted(_ party: EntityMention, _ tokens: [ClaimToken]) -> Bool {
        guard party.kind == "generic", party.first > 0 else { return false }
        var before = party.first - 1
        if before > 0, tokens[before].kind == .word, !tokens[before].isCapitalized, !pack.determiners.contains(tokens[before]) {
            before -= 1
        }
        return tokens[before].kind == .number
    }

    /// True when the party stands inside a pair of dashes that closes before `index` (`Die auftretenden
    /// Zeugen – zwei Polizisten, Passanten und Demonstranten – erzählen …`): an aside listing members, not the verb's subject
    /// (round 16).
    func isAside(_ party: EntityMention, _ tokens: [ClaimToken], before index: Int) -> Bool {
        // Dashes only: a name in brackets right before the verb is the speaker's abbreviation (`… Agency (NDMA) said`).
        guard tokens[party.end..<index].contains(where: { Self.asideDashes.contains($0.text) }) else { return false }
        return tokens[..<party.first].contains { Self.asideDashes.contains($0.text) }
    }

    /// The dashes that open and close an aside, made once (round 31: a set literal built at every call).
    private static let asideDashes: Set<String> = ["–", "—"]
}

/// Words between a denier and the verb of denial that are not the subject (`Fink selbst bestreitet`, `Kestria, of course,
/// denies everything`; round 20, party20): the clause subject is read as if the verb stood where they begin.
extension StatementFinder {
    /// The intensifiers of every language with a lexicon folder (`Lexicons/<lang>/subject-intensifiers.txt`), read once.
    static let subjectIntensifiers: [String: Set<String>] = LexiconFile.perLanguage("subject-intensifiers.txt") { rows in
        Set(rows.compactMap { $0.first?.lowercased() })
    }

    /// Where the subject of the verb at `verb` ends: before one intensifier right before the verb (`selbst`, `himself`), or
    /// before an aside of one to four words between commas that closes right before the verb (`, of course,`); nil when
    /// neither stands there.
    /// - Complexity: O(1) token tests, once per denial without a party.
    func subjectEnd(beforeVerbAt verb: Int, in tokens: [ClaimToken]) -> Int? {
        guard verb >= 2 else { return nil }
        if tokens[verb - 1].kind == .word, Self.subjectIntensifiers[pack.language]?.contains(tokens[verb - 1].lower) == true {
            return verb - 1
        }
        guard tokens[verb - 1].text == "," else { return nil }
        var open = verb - 2
        while open > 0, verb - 2 - open < 4, tokens[open].kind == .word, !tokens[open].isCapitalized || pack.capitalizesNouns {
            open -= 1
        }
        guard open > 0, open < verb - 2, tokens[open].text == "," else { return nil }
        return open
    }
}

/// A denier named only by whose representative he is (`Zölligs Anwalt bestreitet die Vorwürfe`, `His lawyer has denied any
/// wrongdoing`, `Sollmann's lawyer rejected that`; round 20, party20). The lawyer speaks for the accused, yet is a party of his
/// own: the writers who annotate such denials label him `<accused's last name>'s lawyer` (dev8, dev9), and name the lawyer when
/// the article does (`His lawyer, Dr. Felix Amsel`; left to the role-person reading).
struct PossessedRoles: Sendable {
    /// Role words (`anwalt`, `attorney`) → the English label of the role (`lawyer`).
    var roles: [String: String] = [:]
    /// Possessive determiners that refer to the person named last (`sein`, `his`).
    var possessives: Set<String> = []

    /// The table of every language with a lexicon folder (`Lexicons/<lang>/possessed-roles.txt`), read once.
    static let byLanguage: [String: PossessedRoles] = LexiconFile.perLanguage("possessed-roles.txt") { rows in
        var table = PossessedRoles()
        for row in rows where row.count >= 2 {
            switch row[0] {
            case "role" where row.count >= 3: table.roles[row[1].lowercased()] = row[2]
            case "possessive": table.possessives.insert(row[1].lowercased())
            default: break
            }
        }
        return table
    }
}

extension StatementFinder {
    /// The label of a denier named as someone's representative right before the verb at `verb` (past at most two lower-case
    /// words: an auxiliary or adverb, `has denied`): the possessor is a person the article named in full, by the last name in
    /// the genitive (`Zölligs`, `Sollmann's`) or by a possessive determiner that refers to the person named last (`sein`,
    /// `his`). Nil when the role is no representative's, the possessor no person the article named, or a name follows the role.
    /// - Complexity: O(1) token tests and dictionary look-ups, once per denial without a party.
    func possessedRoleParty(beforeVerbAt verb: Int, in analysis: SentenceAnalysis) -> String? {
        guard let table = PossessedRoles.byLanguage[pack.language], !table.roles.isEmpty else { return nil }
        let tokens = analysis.tokenized.tokens
        var role = verb - 1
        var skipped = 0
        while role >= 1, skipped < 2, tokens[role].kind == .word, table.roles[tokens[role].lower] == nil, !tokens[role].isCapitalized {
            role -= 1
            skipped += 1
        }
        guard role >= 1, let label = table.roles[tokens[role].lower] else { return nil }
        let possessor = tokens[role - 1]
        let people = analysis.speakers.people
        let surname: String?
        if table.possessives.contains(possessor.lower) {
            surname = analysis.speakers.lastPerson.flatMap { $0.split(separator: " ").last.map(String.init) }
        } else if possessor.isCapitalized {
            // The genitive of a last name: `Zölligs`, `Sollmann's`, `Sollmanns'`.
            var name = possessor.lower
            for ending in ["'s", "’s", "s'", "s", "'", "’"] where name.hasSuffix(ending) && name.count > ending.count + 2 {
                name.removeLast(ending.count)
                break
            }
            surname = people[name] != nil ? name : nil
        } else {
            surname = nil
        }
        guard let surname else { return nil }
        return "\(surname)'s \(label)"
    }
}

/// How a language names a body by its kind with noun modifiers before the kind's noun (`the road authority`, `Vessaria's
/// state forestry agency`, `its water board`), from `modified-kind-bodies.txt` (round 31).
///
/// German writes such a name as one compound (`Straßenbehörde`, `Landesforstamt`), which the gazetteer and the compound
/// rules read; English writes the modifiers as words of their own, so the kind's noun alone (`authority` → agency) lost
/// the function the modifiers name and the body could not be told from another of its kind.
struct ModifiedKindBodies: Sendable {
    /// Nouns of a kind of public body (`authority`, `agency`, `board`).
    let kinds: WordSet
    /// Words of an administrative level (`state`, `national`, `federal`), no part of the label, as `Landes-` and `Bundes-`
    /// are none of a German compound's (round 25).
    let levels: WordSet
    /// Words that open such a name before its modifiers (`the`, `a`); a possessive (`its`, `Vessaria's`) opens one too.
    let openers: WordSet
    /// Words before a kind's noun that are no noun naming a function (`new`, `same`, `independent`).
    let nonModifiers: WordSet

    /// Reads `kind`, `level`, `opener` and `not` rows; other rows are ignored.
    init(rows: [[String]]) {
        func words(_ kind: String) -> WordSet { WordSet(rows.filter { $0.count > 1 && $0[0] == kind }.map { $0[1] }) }
        kinds = words("kind")
        levels = words("level")
        openers = words("opener")
        nonModifiers = words("not")
    }
}

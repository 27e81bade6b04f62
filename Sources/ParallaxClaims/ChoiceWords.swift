/// Words that end like an election word but name a choice (round 17): `Auswahl`, `Berufswahl`, `Ausbildungswahl`, `Wortwahl`
/// end in `wahl` as `Landtagswahl` does. An education report about `die Ausbildungswahl` of pupils is no article about an
/// election, so its `kommt auf 56 Prozent` names no share won (`real2`). The endings are the `choice` rows of
/// `election-measures.txt`.
enum ChoiceWords {
    /// Every language's `choice` endings, read once and ready for the suffix test.
    static let all = LexiconFile.perLanguage("election-measures.txt") { rows in
        ClaimExtractor.ElectionCues(rows.filter { $0.count >= 2 && $0[0] == "choice" }.map { $0[1].lowercased() })
    }

    /// The endings of `language`; none when it has no rows.
    static func of(_ language: String) -> ClaimExtractor.ElectionCues { all[language] ?? ClaimExtractor.ElectionCues([]) }
}

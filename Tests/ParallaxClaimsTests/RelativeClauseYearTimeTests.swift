import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 29 (measure29): a whole year in a relative clause (`The charity, which raised … in 2025, …`, `Die Klinik, die im
/// vergangenen Jahr …`) dates only the figures of that clause, not the main clause's, nor the paragraph's; a day in a relative
/// clause still dates the sentence (`The storm, which struck on Monday, killed 12`). Invented sentences, published Tuesday
/// 2026-04-14 (Monday 2026-04-13).
@Suite struct RelativeClauseYearTimeTests {
    static let cases: [(String, String, Double, String?, String?)] = [
        // The main clause's figure takes the publication day, not the relative clause's year.
        ("de", "Die Klinik, die im vergangenen Jahr 2.000 Patienten behandelte, meldete 14 Verletzte.", 14, "2026-04-14",
            "2026-04-14"),
        ("en", "The operator, which cut its maintenance budget in 2025 after a weak year, now counts 14 injured workers.", 14,
            "2026-04-14", "2026-04-14"),
        ("en", "Fourteen workers were injured at the plant, which the operator had sold in 2025 to a rival.", 14, "2026-04-14",
            "2026-04-14"),
        // The relative clause's own figure keeps its year.
        ("de", "Das Hilfswerk, das im vergangenen Jahr rund 12 Millionen Euro sammelte, meldete 14 Verletzte.", 12_000_000,
            "2025-01-01", "2025-12-31"),
        ("en", "The charity, which raised some 12 million euros in 2025, has 40 staff.", 12_000_000, "2025-01-01", "2025-12-31"),
        // A day in a relative clause still dates the main clause's figure.
        ("de", "Der Sturm, der am Montag über die Küste zog, tötete zwölf Menschen.", 12, "2026-04-13", "2026-04-13"),
        ("en", "The storm, which struck on Monday, killed 12 people.", 12, "2026-04-13", "2026-04-13"),
    ]

    @Test(arguments: 0..<cases.count) func dates(_ index: Int) throws {
        let (language, sentence, value, start, end) = Self.cases[index]
        try ClaimTimeExpectation.expect(language, sentence, value: value, start: start, end: end)
    }

    @Test(arguments: [
        ("en", "The charity, which raised money in 2025, said", true),
        ("de", "Die Regierung, die im vergangenen Jahr die Förderung gestrichen hat, verteilt", true),
        // A German article after the comma opens no relative clause (`, die Polizei …`), nor does a main clause.
        ("de", "Am Montag, die Polizei nannte das Jahr 2025 ein Rekordjahr", false),
        ("en", "In 2025 the charity raised money", false),
    ])
    func marksRelativeClause(_ language: String, _ phrase: String, _ expected: Bool) throws {
        let times = TimeFinder(pack: LanguagePack.pack(for: language))
            .find(in: ClaimTokenizer.tokens(of: phrase), reference: CalendarDay(iso: "2026-04-14"))
        #expect(times.contains { $0.relativeClause != nil } == expected, "\(phrase)")
    }
}

import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A record's baseline (`the worst flood since 1987`) dates no figure of its sentence but those of its own clause
/// (`…, when four people died`), which take the baseline's year alone; a plain `seit`/`since` year still runs up to the
/// publication day. Invented sentences, published Tuesday 2026-04-14 with an event on Monday 2026-04-13.
@Suite struct RecordBaselineTimeTests {
    static let cases: [(String, String, Double, String?, String?)] = [
        ("en", "On Monday 600 homes were flooded, the worst flooding in the valley since 1987.", 600, "2026-04-13", "2026-04-13"),
        ("de", "Am Montag wurden 600 Häuser überflutet, das schwerste Hochwasser im Tal seit 1987.", 600, "2026-04-13", "2026-04-13"),
        ("en", "It was the deadliest crash on the road since 2019, when nine people died.", 9, "2019-01-01", "2019-12-31"),
        ("de", "Es war der schwerste Unfall auf der Strecke seit 2019, als neun Menschen starben.", 9, "2019-01-01", "2019-12-31"),
        ("de", "Der Pegel erreichte am Montag 7,5 Meter, den höchsten Stand seit Beginn der Messungen im Jahr 1911.", 7.5,
            "2026-04-13", "2026-04-13"),
        // No superlative: the since-year is the figure's own interval.
        ("en", "Police have arrested 300 people since 2019.", 300, "2019-01-01", "2026-04-14"),
    ]

    @Test(arguments: 0..<cases.count) func dates(_ index: Int) throws {
        let (language, sentence, value, start, end) = Self.cases[index]
        try ClaimTimeExpectation.expect(language, sentence, value: value, start: start, end: end)
    }

    @Test(arguments: [
        ("en", "the strongest storm since 2009", true),
        ("de", "der stärkste Tornado in der Region seit 1986", true),
        ("en", "the first outbreak of the disease since 1981", true),
        ("en", "jobs cut since 2019", false),
        ("de", "seit 2009 für die Rechte der Mieter", false),
    ])
    func marksBaseline(_ language: String, _ phrase: String, _ expected: Bool) throws {
        let times = TimeFinder(pack: LanguagePack.pack(for: language))
            .find(in: ClaimTokenizer.tokens(of: phrase), reference: CalendarDay(iso: "2026-04-14"))
        #expect(times.contains { $0.baseline } == expected, "\(phrase)")
    }
}

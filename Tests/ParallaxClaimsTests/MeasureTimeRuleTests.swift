import Testing
import ParallaxModel
@testable import ParallaxClaims

/// How a figure's measure decides whether it takes a time (round 24). A workforce, an estimated cost, a pledge or a planned
/// job cut takes none, not even its sentence's; an increase, a payment or a fine takes only its own sentence's time, never
/// the publication day; a year of a thing's origin (`built in 1971`) dates no figure. Invented sentences, published
/// Tuesday 2026-04-14.
@Suite struct MeasureTimeRuleTests {
    static let cases: [(String, String, Double, String?, String?)] = [
        // No time at all.
        ("en", "The mill, which employs 340 people, shut its gates on Monday.", 340, nil, nil),
        ("de", "Die Sanierung für 4,2 Millionen Euro wurde im März verschoben.", 4_200_000, nil, nil),
        ("en", "The carmaker will cut 2,400 jobs by 2028.", 2400, nil, nil),
        ("de", "Der Versorger hat seit 2030 rund 120 Stellen gestrichen.", 120, nil, nil),
        // Their own sentence's time only.
        ("en", "Petrol prices rose 12% on Monday.", 12, "2026-04-13", "2026-04-13"),
        ("en", "Petrol prices have risen 12% at the pumps.", 12, nil, nil),
        ("de", "Wer dennoch Wasser entnimmt, muss mit einem Bußgeld von bis zu 5.000 Euro rechnen.", 5000, nil, nil),
        // A year of origin dates no figure; the figure takes the report's day or its own other time.
        ("en", "A sports hall built in 1971 collapsed and 40 people were hurt.", 40, "2026-04-14", "2026-04-14"),
        ("en", "The viaduct, opened in 1974, carries some 62,000 vehicles a day.", 62000, nil, nil),
        ("de", "In dem Wohnblock aus dem Jahr 1961 lebten 42 Familien.", 42, nil, nil),
        ("de", "Die im Jahr 1987 gegründete Firma meldete am Montag 30 Verletzte.", 30, "2026-04-13", "2026-04-13"),
    ]

    @Test(arguments: 0..<cases.count) func dates(_ index: Int) throws {
        let (language, sentence, value, start, end) = Self.cases[index]
        try ClaimTimeExpectation.expect(language, sentence, value: value, start: start, end: end)
    }

    @Test(arguments: [
        ("en", "the dam, built in 1971,", true),
        ("en", "a firm founded in 1961", true),
        ("de", "ein Haus aus dem Jahr 1961", true),
        ("de", "die im Jahr 1978 gebaute Leitung", true),
        ("en", "the flood in 1971", false),
        ("de", "im Jahr 1961 starben neun Menschen", false),
    ])
    func marksOrigin(_ language: String, _ phrase: String, _ expected: Bool) throws {
        let times = TimeFinder(pack: LanguagePack.pack(for: language))
            .find(in: ClaimTokenizer.tokens(of: phrase), reference: CalendarDay(iso: "2026-04-14"))
        #expect(times.contains { $0.origin } == expected, "\(phrase)")
        #expect(!times.isEmpty, "\(phrase)")
    }
}

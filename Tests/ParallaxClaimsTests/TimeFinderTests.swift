import ParallaxTesting
import Testing
@testable import ParallaxClaims

@Suite struct TimeFinderTests {
    static let reference = CalendarDay(year: 2025, month: 4, day: 28)

    @Test(arguments: [
        ("de", "am 28.04.2025", "2025-04-28", "2025-04-28"),
        ("de", "am 28. April 2025", "2025-04-28", "2025-04-28"),
        ("de", "im April 2025", "2025-04-01", "2025-04-30"),
        ("de", "im Sommer 2024", "2024-06-01", "2024-08-31"),
        ("de", "am Montag", "2025-04-28", "2025-04-28"),
        ("de", "am Donnerstag", "2025-04-24", "2025-04-24"),
        ("de", "seit Oktober des vergangenen Jahres", "2024-10-01", "2025-04-28"),
        ("de", "Anfang Februar", "2025-02-01", "2025-02-10"),
        ("de", "Mitte Januar", "2025-01-11", "2025-01-20"),
        ("de", "Ende März", "2025-03-21", "2025-03-31"),
        ("de", "Anfang des Jahres", "2025-01-01", "2025-02-28"),
        ("de", "zu Beginn des Jahres 2025", "2025-01-01", "2025-02-28"),
        ("de", "zu Jahresbeginn", "2025-01-01", "2025-02-28"),
        ("de", "im dritten Quartal", "2024-07-01", "2024-09-30"),
        ("de", "bis 2028", "2025-04-28", "2028-12-31"),
        ("en", "in the first quarter", "2025-01-01", "2025-03-31"),
        ("de", "im vergangenen Jahr", "2024-01-01", "2024-12-31"),
        ("de", "im August", "2024-08-01", "2024-08-31"),
        ("de", "seit Februar 2022", "2022-02-01", "2025-04-28"),
        ("de", "im Jahr 2024", "2024-01-01", "2024-12-31"),
        ("en", "last week", "2025-04-21", "2025-04-27"),
        ("en", "on Monday", "2025-04-28", "2025-04-28"),
        ("en", "on April 28, 2025", "2025-04-28", "2025-04-28"),
        ("en", "in mid-January", "2025-01-11", "2025-01-20"),
        ("en", "last year", "2024-01-01", "2024-12-31"),
        ("en", "since October", "2024-10-01", "2025-04-28"),
    ])
    func resolves(language: String, text: String, start: String, end: String) throws {
        let found = TimeFinder(pack: LanguagePack.pack(for: language))
            .find(in: ClaimTokenizer.tokens(of: text), reference: Self.reference)
        try #require(found.count == 1, "found \(found.count) in \(text)")
        #expect(found[0].start?.iso == start)
        #expect(found[0].last?.iso == end)
    }

    @Test func leavesRelativeTimesUnresolvedWithoutReference() throws {
        let found = TimeFinder(pack: LanguagePack.pack(for: "de")).find(in: ClaimTokenizer.tokens(of: "am Montag"), reference: nil)
        try #require(found.count == 1)
        #expect(found[0].start == nil)
    }

    @Test func ignoresModalMay() {
        let found = TimeFinder(pack: LanguagePack.pack(for: "en"))
            .find(in: ClaimTokenizer.tokens(of: "The troops may stay."), reference: Self.reference)
        #expect(found.isEmpty)
    }

    /// Writes random days in each form and reads them back.
    @Test func roundTripsDates() {
        let seed = SeededGenerator.testSeed
        var generator = SeededGenerator(seed: seed)
        let germanMonths = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
            "Oktober", "November", "Dezember"]
        let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"]
        for _ in 0..<300 {
            let day = CalendarDay(daysSinceEpoch: Int.random(in: 0...40_000, using: &generator))
            #expect(CalendarDay(daysSinceEpoch: day.daysSinceEpoch) == day, "seed \(seed)")
            let two = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
            let forms = [
                ("de", "am \(two(day.day)).\(two(day.month)).\(day.year) war es"),
                ("de", "am \(day.day). \(germanMonths[day.month - 1]) \(day.year) war es"),
                ("en", "on \(englishMonths[day.month - 1]) \(day.day), \(day.year) it was"),
                ("en", "on \(day.iso) it was"),
            ]
            for (language, text) in forms {
                let found = TimeFinder(pack: LanguagePack.pack(for: language))
                    .find(in: ClaimTokenizer.tokens(of: text), reference: nil)
                #expect(found.first?.start == day && found.first?.last == day, "seed \(seed): \(text)")
            }
        }
    }

    @Test func knowsWeekdays() {
        #expect(CalendarDay(year: 2025, month: 4, day: 28).weekday == 1)
        #expect(CalendarDay(year: 2000, month: 2, day: 29).adding(days: 1) == CalendarDay(year: 2000, month: 3, day: 1))
    }
}

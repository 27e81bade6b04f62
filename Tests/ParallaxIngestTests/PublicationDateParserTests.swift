import ParallaxTesting
import Testing

@testable import ParallaxIngest

@Suite struct PublicationDateParserTests {
    let parser = PublicationDateParser()

    @Test(arguments: [
        ("2025-04-28", "2025-04-28"),
        ("2025-04-28T05:37", "2025-04-28T05:37:00"),
        ("2025-04-28T05:37:12Z", "2025-04-28T05:37:12Z"),
        ("2025-04-28T05:37:12.345+02:00", "2025-04-28T05:37:12+02:00"),
        ("2025-04-28 05:37:12-0500", "2025-04-28T05:37:12-05:00"),
        ("28.04.2025", "2025-04-28"),
        ("28.4.25", "2025-04-28"),
        ("28. April 2025", "2025-04-28"),
        ("28. Apr. 2025", "2025-04-28"),
        ("28 April 2025", "2025-04-28"),
        ("April 28, 2025", "2025-04-28"),
        ("Apr 28th, 2025", "2025-04-28"),
        ("Mon, 28 Apr 2025 05:37:00 +0200", "2025-04-28T05:37:00+02:00"),
        ("Mon, 28 Apr 2025 05:37:00 GMT", "2025-04-28T05:37:00Z"),
        ("Tue, 29 Apr 2025 20:00:00 EST", "2025-04-29T20:00:00-05:00"),
        ("28.04.2025 05:37 Uhr", "2025-04-28T05:37:00"),
        ("Montag, 28. April 2025 um 17:05 Uhr", "2025-04-28T17:05:00"),
        ("3. März 2024", "2024-03-03"),
        ("15. Jänner 2024", "2024-01-15"),
        ("April 28, 2025 5:37 pm", "2025-04-28T17:37:00"),
        ("April 28, 2025 12:10 a.m.", "2025-04-28T00:10:00"),
        ("Stand: 01.12.2023, 09:00 Uhr", "2023-12-01T09:00:00"),
        ("29.02.2024", "2024-02-29"),
    ])
    func parsesEachForm(text: String, expected: String) {
        #expect(parser.parse(text) == expected)
    }

    @Test(arguments: [
        "", "heute", "05:37 Uhr", "31.02.2025", "29.02.2023", "13.13.2025", "April 2025", "2025-13-01", "Seite 28",
    ])
    func rejectsIncompleteOrInvalidDates(text: String) {
        #expect(parser.parse(text) == nil)
    }

    @Test(arguments: ["28.04.2025", "05:37 Uhr", "Mo, 28.04.2025", "28. April 2025, 5:37 pm"])
    func recognisesDatelineLines(line: String) {
        #expect(parser.isDateOrTime(line))
    }

    @Test(arguments: ["Kettner Edelmetalle", "Die Wahl am 28.04.2025", "Seite 3"])
    func rejectsLinesThatAreNotOnlyDates(line: String) {
        #expect(!parser.isDateOrTime(line))
    }

    /// Formats random dates in every written form and parses them back (seeded; the seed is reported).
    @Test func randomDatesRoundTripThroughEveryForm() {
        let seed: UInt64 = 0x5EED_DA7E
        var generator = SeededGenerator(seed: seed)
        let germanMonths = [
            "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
            "Dezember",
        ]
        let englishMonths = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        let abbreviations = englishMonths.map { String($0.prefix(3)) }
        for _ in 0..<300 {
            let year = Int.random(in: 1971...2068, using: &generator)
            let month = Int.random(in: 1...12, using: &generator)
            let day = Int.random(in: 1...28, using: &generator)
            let hour = Int.random(in: 0...23, using: &generator)
            let minute = Int.random(in: 0...59, using: &generator)
            let date = PublicationDateParser.format(date: (year, month, day), time: nil, zoneMinutes: nil)
            let dateTime = PublicationDateParser.format(
                date: (year, month, day), time: (hour, minute, 0), zoneMinutes: nil)
            let hour12 = hour % 12 == 0 ? 12 : hour % 12
            let two = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
            let forms: [(String, String)] = [
                (date, date),
                ("\(two(day)).\(two(month)).\(year)", date),
                ("\(day).\(month).\(two(year % 100))", date),
                ("\(day). \(germanMonths[month - 1]) \(year)", date),
                ("\(englishMonths[month - 1]) \(day), \(year)", date),
                ("\(day) \(englishMonths[month - 1]) \(year)", date),
                (
                    "Mon, \(two(day)) \(abbreviations[month - 1]) \(year) \(two(hour)):\(two(minute)):00 +0000",
                    dateTime + "Z"
                ),
                ("\(two(day)).\(two(month)).\(year) \(two(hour)):\(two(minute)) Uhr", dateTime),
                (
                    "\(englishMonths[month - 1]) \(day), \(year) \(hour12):\(two(minute)) \(hour < 12 ? "am" : "pm")",
                    dateTime
                ),
            ]
            for (text, expected) in forms {
                #expect(parser.parse(text) == expected, "seed \(seed): \(text)")
            }
        }
    }
}


import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A span since one named day (round 33): a figure in a state that began that day (the trapped, the missing, how far
/// away) is dated by the day, in its sentence and in the sentences its paragraph carries the time to; a count of events
/// since then keeps the whole span, and so does a figure without a measure. Invented sentences, published Tuesday 2026-04-14.
@Suite struct SinceDayTimeTests {
    static let cases: [(String, [String], Double, String?, String?)] = [
        ("en", ["Four climbers have been trapped since Sunday evening on the north face."], 4, "2026-04-12", "2026-04-12"),
        ("de", ["Seit dem 12. April gelten drei Fischer als vermisst."], 3, "2026-04-12", "2026-04-12"),
        ("en", ["Two miners have been trapped since Monday.", "They are sheltering some 400 metres underground."], 400,
         "2026-04-13", "2026-04-13"),
        ("de", ["Seit Montag sind zwei Bergleute verschüttet.", "Sie sitzen in rund 400 Metern Tiefe fest."], 400,
         "2026-04-13", "2026-04-13"),
        // Events counted since then keep the span.
        ("en", ["Since Saturday, the fire has burned through about 2,000 hectares."], 2000, "2026-04-11", "2026-04-14"),
        ("de", ["Seit Samstag hat das Feuer rund 2.000 Hektar vernichtet."], 2000, "2026-04-11", "2026-04-14"),
        ("en", ["The hotline has answered more than 9,000 calls since Saturday."], 9000, "2026-04-11", "2026-04-14"),
        // A span since a month is no named day.
        ("de", ["Seit Januar werden 40 Menschen vermisst."], 40, "2026-01-01", "2026-04-14"),
    ]

    @Test(arguments: 0..<cases.count) func dates(_ index: Int) throws {
        let (language, sentences, value, start, end) = Self.cases[index]
        let article = FixtureArticle.make(paragraphs: [["Titel"], sentences], language: language, published: "2026-04-14")
        let claim = try #require(ClaimExtractor().extract(from: article).first { $0.quantity?.value == value })
        #expect(claim.time?.start == start, "\(sentences)")
        #expect(claim.time?.end == end, "\(sentences)")
    }

    @Test(arguments: [
        ("de", "seit Freitagabend", true),
        ("en", "since Oct. 21", true),
        ("en", "since Friday", true),
        ("de", "seit August", false),
        ("en", "since 2019", false),
        ("en", "on Friday", false),
    ])
    func marksSinceDay(_ language: String, _ phrase: String, _ expected: Bool) throws {
        let times = TimeFinder(pack: LanguagePack.pack(for: language))
            .find(in: ClaimTokenizer.tokens(of: phrase), reference: CalendarDay(iso: "2026-04-14"))
        #expect(!times.isEmpty, "\(phrase)")
        #expect(times.contains { $0.sinceDay } == expected, "\(phrase)")
    }
}

/// The times of a figure compared back with an earlier one (round 33): the comparing phrase's day, even the day it was
/// reported, dates the earlier figure only; the new figure takes the day of the speaking. Invented sentences, published
/// Tuesday 2026-04-14.
@Suite struct ComparedFigureTimeTests {
    static let cases: [(String, String, Double, String?, String?)] = [
        ("en", "The number of people hurt has risen to 36, up from 31 on Saturday, the city said on Monday.", 36,
         "2026-04-13", "2026-04-13"),
        ("en", "The number of people hurt has risen to 36, up from 31 on Saturday, the city said on Monday.", 31,
         "2026-04-11", "2026-04-11"),
        ("en", "The agency said on Monday that 31,500 players had received the message, up from about 28,000 it reported on Sunday.",
         31500, "2026-04-13", "2026-04-13"),
        ("en", "The agency said on Monday that 31,500 players had received the message, up from about 28,000 it reported on Sunday.",
         28000, "2026-04-12", "2026-04-12"),
        ("en", "The council counted 86,500 flooded cellars, not the 84,000 it reported on Saturday, officials said on Monday.",
         86500, "2026-04-13", "2026-04-13"),
        ("de", "Die Zahl der Verletzten stieg auf 36, nach zuvor 31 am Samstag, teilte die Stadt am Montag mit.", 36,
         "2026-04-13", "2026-04-13"),
        ("de", "Die Zahl der Verletzten stieg auf 36, nach zuvor 31 am Samstag, teilte die Stadt am Montag mit.", 31,
         "2026-04-11", "2026-04-11"),
        ("de", "Die Stadt zählte 86.500 überflutete Keller statt 84.000 am Samstag, teilte sie am Montag mit.", 86500,
         "2026-04-13", "2026-04-13"),
        ("de", "Die Stadt zählte 86.500 überflutete Keller statt 84.000 am Samstag, teilte sie am Montag mit.", 84000,
         "2026-04-11", "2026-04-11"),
    ]

    @Test(arguments: 0..<cases.count) func dates(_ index: Int) throws {
        let (language, sentence, value, start, end) = Self.cases[index]
        try ClaimTimeExpectation.expect(language, sentence, value: value, start: start, end: end)
    }
}

/// English dates of a month and a day without a year, and the news dateline (round 33): `April 11`, `March 30` are that day;
/// the date of a dateline (`HARLOW, April 14 (NWS) -`) dates the report, not the figures after it. Published Tuesday
/// 2026-04-14.
@Suite struct MonthDayDatelineTests {
    @Test(arguments: [
        ("About 250 bathers had been evacuated on April 11.", 250.0, "2026-04-11", "2026-04-11"),
        ("Forty patients who had surgery since March 30 may have been affected.", 40.0, "2026-03-30", "2026-04-14"),
        ("HARLOW, April 14 (NWS) - Three people died when a footbridge collapsed on Sunday.", 3.0, "2026-04-12", "2026-04-12"),
    ])
    func dates(_ sentence: String, _ value: Double, _ start: String, _ end: String) throws {
        try ClaimTimeExpectation.expect("en", sentence, value: value, start: start, end: end)
    }

    @Test(arguments: [
        ("on June 20", "2026-06-20", false),
        ("on Oct. 21", "2025-10-21", false),
        ("ERLENBACH, June 20 (CNW) -", "2026-06-20", true),
        ("PORTO LESCA, July 16 (CP) - Divers", "2026-07-16", true),
    ])
    func reads(_ phrase: String, _ day: String, _ dateline: Bool) throws {
        let times = TimeFinder(pack: LanguagePack.pack(for: "en"))
            .find(in: ClaimTokenizer.tokens(of: phrase), reference: CalendarDay(iso: "2026-06-20"))
        let time = try #require(times.first, "\(phrase)")
        #expect(time.start?.iso == day && time.last?.iso == day, "\(phrase)")
        #expect(time.dateline == dateline, "\(phrase)")
    }

    @Test func keepsAMonthBeforeACountedNoun() throws {
        let times = TimeFinder(pack: LanguagePack.pack(for: "en"))
            .find(in: ClaimTokenizer.tokens(of: "In April 12 people died."), reference: CalendarDay(iso: "2026-06-20"))
        let time = try #require(times.first)
        #expect(time.start?.iso == "2026-04-01" && time.last?.iso == "2026-04-30")
    }
}

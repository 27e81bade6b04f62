import Testing
@testable import ParallaxIngest

/// The visible date formats, one per row, and what is not a date.
@Suite struct HTMLDateFormatTests {
    let parser = VisibleDateParser(lexicon: .shared)

    @Test(arguments: [
        ("2023-05-17", "2023-05-17"), ("2023-05-17T08:30:00+02:00", "2023-05-17"), ("2023/05/17", "2023-05-17"),
        ("17.05.2023", "2023-05-17"), ("17.5.2023, 08:30 Uhr", "2023-05-17"), ("17.05.23", "2023-05-17"),
        ("17/05/2023", "2023-05-17"), ("05/17/2023", "2023-05-17"), ("17. Mai 2023", "2023-05-17"),
        ("3. Jan. 2021", "2021-01-03"), ("17. März 2023", "2023-03-17"), ("17 May 2023", "2023-05-17"),
        ("May 17, 2023", "2023-05-17"), ("May 17th 2023", "2023-05-17"), ("Wed, 17 May 2023 10:00:00 +0000", "2023-05-17"),
        ("Veröffentlicht am 1. Oktober 2019", "2019-10-01"), ("Posted on December 24, 2020 by admin", "2020-12-24"),
        ("2046-03-09T07:40:00+01:00", "2046-03-09"), ("Freitag, 9. März 2046", "2046-03-09"), ("09.03.2046", "2046-03-09"),
        ("17.05.39", "2039-05-17"),
    ])
    func parses(text: String, expected: String) {
        #expect(parser.firstDate(in: text) == expected)
    }

    @Test(arguments: ["31.02.2023", "Seite 12 von 40", "1.000 Euro", "2023", "13/13/2023", "17. Mai 1850", "1970-01-01", "0001-01-01",
        "17.05.45", "3. April 2150"])
    func rejects(text: String) {
        #expect(parser.firstDate(in: text) == nil)
    }

    @Test(arguments: [("https://x.example/2023/05/17/titel", "2023-05-17"), ("https://x.example/news/2021-12-01-titel", "2021-12-01")])
    func datesInURLs(url: String, expected: String) {
        #expect(parser.dateInURL(url) == expected)
    }

    @Test func datelineNeedsLittleElse() {
        #expect(parser.isDateLine("17. Mai 2023, 08:30 Uhr"))
        #expect(!parser.isDateLine("Am 17. Mai 2023 beschloss der Rat nach langer Debatte den neuen Haushalt."))
    }
}

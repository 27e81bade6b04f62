import ParallaxModel
import Testing

@testable import ParallaxIngest

/// English datelines (weekday, `7.05pm`, zone abbreviations), bylines with job titles, places and
/// agencies, and credit lines at the end of the story.
@Suite struct DatelineAndBylineTests {
    @Test(arguments: [
        ("Friday 4 December 2026, 7.05pm", "2026-12-04T19:05:00"),
        ("March 3, 2026 11:20 AM GMT", "2026-03-03T11:20:00Z"),
        ("Tuesday 3 March 2026 08.30 CET", "2026-03-03T08:30:00+01:00"),
        ("Monday 6 July 2026 17.45 BST", "2026-07-06T17:45:00+01:00"),
        ("Saturday 5 Dec 2026, 9pm", "2026-12-05T21:00:00"),
        ("Last modified on Mon 6 Jul 2026 09.10 EDT", "2026-07-06T09:10:00-04:00"),
        ("Aktualisiert am 14.05.2026, 11:42 Uhr MESZ", "2026-05-14T11:42:00+02:00"),
        ("Feb. 11, 2026, 8:15 a.m. ET", "2026-02-11T08:15:00"),
    ])
    func datelineFormsAreDateLines(line: String, iso: String) {
        let parser = PublicationDateParser()
        #expect(parser.isDateOrTime(line))
        #expect(parser.parse(line) == iso)
    }

    @Test(arguments: ["12.30 Euro pro Stunde", "Die Sitzung dauerte bis 17.45"])
    func dottedNumbersWithoutClockWordOrZoneAreNoTimes(line: String) {
        #expect(!PublicationDateParser().isDateOrTime(line))
    }

    @Test func englishDatelineBylineAndCreditsBecomeMetadata() throws {
        let documents = try InputReader().read(path: FixtureFiles.path("plain/english-dateline-byline.txt"))
        let document = try #require(documents.first)
        #expect(document.publisher == "Harbour Post")
        #expect(document.published == "2026-12-04T19:05:00")
        #expect(document.title == "Ferry services resume after storm damage")
        #expect(document.authors == ["Sam Sample"])
        #expect(document.blocks.map(\.kind) == [.heading, .paragraph, .paragraph])
        #expect(
            document.removed.map(\.why) == ["dateline", "byline", "credit line", "footer", "newsletter box"],
            "\(document.removed)")
    }

    @Test(arguments: [
        ("By Sam Sample, Local Democracy Reporter", ["Sam Sample"]),
        ("Kim Example, Europe correspondent", ["Kim Example"]),
        ("By Sam Sample in Harbourtown", ["Sam Sample"]),
        ("Autorin: Jana Probe", ["Jana Probe"]),
        ("Von Jana Probe und Ben Muster, dpa", ["Jana Probe", "Ben Muster"]),
        ("Reporting by Sam Sample; editing by Kim Example", ["Sam Sample"]),
        ("Anna Beispiel, Korrespondentin", ["Anna Beispiel"]),
        ("By Sam Sample, Harbourtown", ["Sam Sample"]),
        ("Von unserem Korrespondenten Ben Muster", ["Ben Muster"]),
    ])
    func bylineFormsNameTheirAuthors(line: String, authors: [String]) {
        #expect(BylineReader().authors(in: LineShape(line)) == authors)
    }

    @Test(arguments: [
        "By Tuesday, the river had risen by two metres.",
        "Kim Example, who lives nearby, saw the smoke.",
        "Von Montag an gilt der neue Fahrplan.",
        "Sam Sample, Kim Example",
    ])
    func sentencesAndNameListsAreNoBylines(line: String) {
        #expect(BylineReader().authors(in: LineShape(line)) == nil)
    }

    @Test(arguments: [
        ("Harbour Post | Friday 4 December 2026, 7.05pm", "Harbour Post", "2026-12-04T19:05:00"),
        ("Beispiel-Kurier, 03.03.2026, 18:00 Uhr", "Beispiel-Kurier", "2026-03-03T18:00:00"),
        ("Harbour Post\nTransport\n4 December 2026", "Harbour Post", "2026-12-04"),
        (
            "The North Coast Evening Post\nThursday, 14 May 2026 at 18:10", "The North Coast Evening Post",
            "2026-05-14T18:10:00"
        ),
    ])
    func datelineBlocksOfOneOrThreeLinesGivePublisherAndDate(block: String, publisher: String, published: String) {
        let text =
            "\(block)\n\nFerry services resume\n\nThe ferry runs again after the storm, the operator said on Friday."
        let document = PlainTextReader().read(text: text, input: "x")
        #expect(document.publisher == publisher)
        #expect(document.published == published)
        #expect(document.title == "Ferry services resume")
        #expect(document.removed.map(\.text) == [block])
    }

    @Test func datelineBlockWithoutBlankLineBeforeTheHeadline() {
        let text = """
            Harbour Post
            Monday 3 March 2026
            Ferry services resume
            By Sam Sample
            The ferry runs again after the storm, the operator said on Monday.
            """
        let document = PlainTextReader().read(text: text, input: "x")
        #expect(document.publisher == "Harbour Post")
        #expect(document.published == "2026-03-03")
        #expect(document.title == "Ferry services resume")
        #expect(document.authors == ["Sam Sample"])
    }

    @Test func outletAboveAHeadlineWithItsDateBelow() {
        let text = """
            Harbour Post

            Ferry services resume after the storm
            4 December 2026
            By Sam Sample

            The ferry runs again after the storm, the operator said on Monday.
            """
        let document = PlainTextReader().read(text: text, input: "x")
        #expect(document.publisher == "Harbour Post")
        #expect(document.published == "2026-12-04")
        #expect(document.title == "Ferry services resume after the storm")
        #expect(document.authors == ["Sam Sample"])
        #expect(document.blocks.count == 2)
    }

    @Test func outletLineNamedAgainInTheFooterIsNoTitle() {
        let text = """
            Harbour Post

            Ferry services resume

            The ferry runs again after the storm, the operator said on Monday. About 40 sailings were cancelled.

            © 2026 Harbour Post. All rights reserved.
            """
        let document = PlainTextReader().read(text: text, input: "x")
        #expect(document.publisher == "Harbour Post")
        #expect(document.title == "Ferry services resume")
        #expect(document.blocks.map(\.kind) == [.heading, .paragraph])
    }

    @Test func agencyBylineIsMetadataWithoutAuthors() {
        let text = "Ferry services resume\nVon xpa\n\nDie Fähre fährt wieder, teilte der Betreiber am Freitag mit."
        let document = PlainTextReader().read(text: text, input: "x")
        #expect(document.authors.isEmpty)
        #expect(document.removed.map(\.text) == ["Von xpa"])
        #expect(document.blocks.count == 2)
    }

    @Test func shortHeadlineAboveADateIsNoOutlet() {
        let text = "Ferry services resume after the storm\n4 December 2026\n\nThe ferry runs again, the operator said."
        let document = PlainTextReader().read(text: text, input: "x")
        #expect(document.publisher == nil)
        #expect(document.title == "Ferry services resume after the storm")
        #expect(document.published == "2026-12-04")
    }

    @Test func bylineInsideTheDatelineBlockNamesTheAuthor() {
        let text = "Harbour Post\nBy Sam Sample\n4 December 2026\n\nFerry services resume\n\nThe ferry runs again."
        let document = PlainTextReader().read(text: text, input: "x")
        #expect(document.publisher == "Harbour Post")
        #expect(document.authors == ["Sam Sample"])
        #expect(document.title == "Ferry services resume")
    }

    @Test func nameAndRoleLineIsOnlyABylineBelowTheHeadline() {
        let text = """
            Headline of the story

            The council met on Monday and agreed the budget after a long debate about the new school.

            Kim Example, Europe correspondent
            """
        let document = PlainTextReader().read(text: text, input: "x")
        #expect(document.authors.isEmpty)
        #expect(document.blocks.last?.text == "Kim Example, Europe correspondent")
    }
}

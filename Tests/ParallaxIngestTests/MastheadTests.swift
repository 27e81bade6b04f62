import ParallaxModel
import Testing

@testable import ParallaxIngest

/// Mastheads in capitals, with taglines, agency codes or web addresses; kickers above the headline;
/// wire sign-offs; bylines in capitals, with a place or of a team; service links and webinar adverts.
/// Every fixture is invented.
@Suite struct MastheadTests {
    @Test(arguments: [
        ("DIE BEISPIEL-POST", "Die Beispiel-Post"),
        ("THE HARBOUR POST", "The Harbour Post"),
        ("Musterstädter Bote – unabhängig, heimatverbunden", "Musterstädter Bote"),
        ("The Harbour Post — English edition", "The Harbour Post"),
        ("Beispiel-Bote | Panorama", "Beispiel-Bote"),
        ("xpa – Example Press Agency", "Example Press Agency"),
        ("xpa Example Press Agency", "xpa Example Press Agency"),
        ("EXAMPLE PRESS AGENCY (xpa)", "Example Press Agency"),
        ("harbour-post.example", "Harbour Post"),
        ("MUSTERBLITZ.example", "Musterblitz"),
        ("Harbour Post", "Harbour Post"),
    ])
    func mastheadLinesNameTheOutlet(line: String, name: String) {
        #expect(MastheadReader().name(of: LineShape(line)) == name)
    }

    @Test(arguments: [
        "Die Brücke ist gesperrt.",
        "Ferry strike halts crossings to the islands, union says",
        "Montag, 4. Mai 2026",
        "- Startseite",
    ])
    func sentencesAndDatesAreNoMastheads(line: String) {
        #expect(MastheadReader().name(of: LineShape(line)) == nil)
    }

    @Test(arguments: [
        ("Montag, 4. Mai 2026 | 10:15 MESZ | Aktualisiert 11.30 Uhr", "2026-05-04T10:15:00+02:00"),
        ("4.5.2026 | 10.15 Uhr | Aktualisiert 11.30 Uhr", "2026-05-04T10:15:00"),
    ])
    func updateTimesBelongToTheDateline(line: String, iso: String) {
        let parser = PublicationDateParser()
        #expect(parser.isDateOrTime(line))
        #expect(parser.parse(line) == iso)
    }

    @Test func mastheadInCapitalsWithKickerBylineAndWireFurniture() throws {
        let document = try read("plain/masthead-capitals-kicker.txt")
        #expect(document.publisher == "Die Beispiel-Post")
        #expect(document.published == "2026-05-04T10:15:00+02:00")
        #expect(document.title == "ALARM! Brücke über die Lenne gesperrt")
        #expect(document.authors == ["Jana Probe"])
        #expect(document.blocks.map(\.kind) == [.heading, .paragraph, .paragraph], "\(document.blocks)")
        #expect(
            document.removed.map(\.why) == [
                "dateline", "byline", "share box", "advert or event invitation", "agency sign-off or wire note",
            ], "\(document.removed)")
    }

    @Test func agencyCodeMastheadStatusPlaceBylineAndLongCredits() throws {
        let document = try read("plain/masthead-agency-code.txt")
        #expect(document.publisher == "Example Press Agency")
        #expect(document.published == "2026-05-04T06:20:00")
        #expect(document.title == "Ferry strike halts crossings to the islands")
        #expect(document.authors == ["Sam Sample"])
        #expect(document.blocks.count == 3, "\(document.blocks)")
        #expect(
            document.removed.map(\.why) == ["dateline", "byline", "credit line", "agency sign-off or wire note"],
            "\(document.removed)")
    }

    @Test func webAddressMastheadTakesTheNameTheFooterWrites() throws {
        let document = try read("plain/masthead-web-address.txt")
        #expect(document.publisher == "Harbour-Post")
        #expect(document.title == "Council votes to close the old pier")
        #expect(document.authors.isEmpty)
        #expect(document.blocks.count == 3, "\(document.blocks)")
        #expect(
            document.removed.map(\.why) == ["dateline", "byline", "service or contact line", "footer"],
            "\(document.removed)")
    }

    @Test func webinarAdvertWithSpeakersRaffleAndTrialIsRemoved() throws {
        let document = try read("plain/webinar-speakers-raffle.txt")
        #expect(document.authors.isEmpty)
        #expect(document.blocks.count == 2, "\(document.blocks)")
        let advert = try #require(document.removed.last)
        #expect(advert.kind == .advertisement)
        #expect(advert.text.hasSuffix("14 Tage kostenlos testen."))
        #expect(advert.text.contains("Mit Dr. Anna Beispiel"))
    }

    @Test(arguments: [
        ("Von JANA PROBE", ["Jana Probe"]),
        ("By SAM SAMPLE", ["Sam Sample"]),
    ])
    func bylinesInCapitalsAreTitleCased(line: String, authors: [String]) {
        #expect(BylineReader().authors(in: LineShape(line)) == authors)
    }

    @Test(arguments: ["Ein Beitrag von Team Beispiel", "By Example Staff"])
    func teamBylinesNameNoPerson(line: String) {
        let reader = BylineReader()
        #expect(reader.authors(in: LineShape(line)) == nil)
        #expect(reader.isAgencyCredit(LineShape(line)))
    }

    @Test(arguments: [
        "Die Stadt prüft die Lage / ab morgen",
        "Es gab 12 Verletzte.",
        "Weitere Informationen gibt es bei der Stadt.",
    ])
    func sentencesAreNoWireFurniture(line: String) {
        let verdicts = PlainTextBoilerplateClassifier().classify([TextLine(line, blankBefore: true)])
        #expect(verdicts == [nil])
    }

    @Test(arguments: ["xyz/ab/cd", "xpa sam/kx 040620 May 26", "Weitere Informationen folgen.", "More to follow"])
    func wireSignOffsAreFurniture(line: String) {
        let verdicts = PlainTextBoilerplateClassifier().classify([TextLine(line, blankBefore: true)])
        #expect(verdicts == [.wireNote])
    }

    @Test(arguments: [
        "Ferry strike – what we know\n4 May 2026\n\nBy Sam Sample\n\nCrews walked out at dawn on Monday.\n",
        "Ferry strike – what we know\n4 May 2026\n\nCrews walked out at dawn on Monday, halting all crossings.\n",
    ])
    func headlineWithDashAboveDateIsNoMasthead(text: String) {
        let document = PlainTextReader().read(text: text, input: "test.txt")
        #expect(document.title == "Ferry strike – what we know")
        #expect(document.publisher == nil)
        #expect(document.published == "2026-05-04")
    }

    @Test(arguments: [
        ("SKANDAL!\nMinister tritt nach Affäre zurück\n\nDer Minister ist zurückgetreten.\n",
         "SKANDAL! Minister tritt nach Affäre zurück"),
        ("Streik\n\nDie Bahn fährt heute nicht.\n", "Streik"),
        ("Ferry services resume\nBy Sam Sample\n\nFerries ran again on Monday.\n", "Ferry services resume"),
    ])
    func kickersJoinTheHeadlineBelow(text: String, title: String) {
        #expect(PlainTextReader().read(text: text, input: "test.txt").title == title)
    }

    private func read(_ fixture: String) throws -> CleanDocument {
        let documents = try InputReader().read(path: FixtureFiles.path(fixture))
        return try #require(documents.first)
    }
}

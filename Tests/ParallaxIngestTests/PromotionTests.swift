import ParallaxModel
import Testing

@testable import ParallaxIngest

/// Promotion, service, menu and teaser lines of plain text, and the lines of reporting that look
/// like them but stay.
@Suite struct PromotionTests {
    @Test(arguments: [
        ("Leserservice: 0301 234 5678 (Mo–Fr 8–16 Uhr)", "service or contact line"),
        ("Call our hotline on +44 20 7946 0000", "service or contact line"),
        ("BEISPIEL-POST PLUS – Jetzt 3 Monate für 1,99 € lesen!", "advert or event invitation"),
        ("Example App – jetzt gratis laden", "advert or event invitation"),
        ("Jetzt Mitglied werden: verein-beispiel.example – Gemeinsam sind wir mehr", "advert or event invitation"),
        ("Now only £1 for your first month", "advert or event invitation"),
        ("Anzeige: Heizöl günstig online bestellen", "advert or event invitation"),
        ("Radio Beispieltal auf UKW 101,2 und im Livestream", "outlet promotion"),
        ("Hear the Example Post podcast on our app", "outlet promotion"),
        ("E-Mail: leserservice@beispiel-post.example", "service or contact line"),
    ])
    func promotionLinesAreFound(line: String, why: String) {
        #expect(PromotionDetector().verdict(LineShape(line))?.why == why)
    }

    @Test(arguments: [
        "Mortgage rates now at £1,000 a month",
        "Die Stadt will jetzt 4 Millionen € in die Schulen investieren.",
        "Hinweise nimmt die Polizei unter 0301 234 5678 entgegen.",
        "Free school meals to cost £1bn",
        "Der Sender war auf UKW nicht mehr zu empfangen.",
        "Corona-App: 2 Millionen Downloads in der ersten Woche",
        "Am 03/05/2025 um 19:00 Uhr beginnt die Sitzung",
    ])
    func reportingThatLooksLikePromotionIsKept(line: String) {
        #expect(PromotionDetector().verdict(LineShape(line)) == nil)
    }

    @Test func germanArticleLosesItsPromotionServiceMenuAndTeaserLines() throws {
        let documents = try InputReader().read(path: FixtureFiles.path("plain/german-promotions.txt"))
        let document = try #require(documents.first)
        #expect(document.publisher == "Radio Beispieltal")
        #expect(document.published == "2026-03-03T18:00:00")
        #expect(document.authors == ["Jana Probe"])
        #expect(document.blocks.map(\.kind) == [.heading, .paragraph, .paragraph])
        #expect(
            document.removed.map(\.why) == [
                "dateline", "byline", "related teaser line", "service or contact line",
                "advert or event invitation", "outlet promotion", "advert or event invitation", "menu or link list",
            ], "\(document.removed)")
        #expect(document.removed.last?.text == "Sport | Kultur | Wetter\nQuellen | xpa |")
    }

    @Test(arguments: [
        "Mehr als 6.000 Menschen: So viele mussten ihre Häuser verlassen",
        "Fire destroys warehouse | Example Post",
        "More than 300 people: the organisers were surprised",
    ])
    func linesThatOnlyLookLikeTeasersOrMenusAreKept(line: String) {
        let text =
            "Headline\n\n\(line)\n\nA sentence of the story that is long enough to be a paragraph of its own text."
        let document = PlainTextReader().read(text: text, input: "x")
        #expect(document.removed.isEmpty, "\(document.removed)")
    }

    @Test(arguments: [
        ("Video: Drohnenbilder zeigen das Ausmaß der Schäden", "related teaser line"),
        ("Foto: Jana Probe/xpa", "photo credit"),
        ("Rettungskräfte am Hafen. Foto: Jana Probe/xpa", "photo credit"),
        ("4 min read", "reading time"),
        ("Lesezeit: 3 Minuten", "reading time"),
        ("Home › News › Local", "menu or link list"),
        ("The post Ferry services resume appeared first on Harbour Post.", "footer"),

    ])
    func lineOfFurnitureIsRemovedWithItsRule(line: String, why: String) {
        let text =
            "Headline\n\n\(line)\n\nA sentence of the story that is long enough to be a paragraph of its own text."
        let document = PlainTextReader().read(text: text, input: "x")
        #expect(document.removed.map(\.why) == [why], "\(document.removed)")
        #expect(document.blocks.count == 2)
    }

    @Test(arguments: [
        ("Mit Material von xpa und AFP", "credit line"),
        ("Dieser Artikel erschien zuerst in der Wochenendausgabe.", "footer"),
        ("(Reporting by Sam Sample; editing by Kim Example)", "credit line"),
        ("Jetzt abonnieren und weiterlesen", "advert or event invitation"),
    ])
    func closingLineOfFurnitureIsRemovedWithItsRule(line: String, why: String) {
        let text =
            "Headline\n\nA sentence of the story that is long enough to be a paragraph of its own text.\n\n\(line)"
        let document = PlainTextReader().read(text: text, input: "x")
        #expect(document.removed.map(\.why) == [why], "\(document.removed)")
        #expect(document.blocks.count == 2)
    }

    @Test(arguments: [
        "The photo: a crowd of about 300 people on the bridge, taken from the tower.",
        "Das Bild zeigt die Halle kurz nach dem Brand; die Polizei veröffentlichte es am Freitag.",
        "Sales rose 4% · profits fell",
    ])
    func linesThatMentionPhotosOrSeparatorsAreKept(line: String) {
        let text =
            "Headline\n\n\(line)\n\nA sentence of the story that is long enough to be a paragraph of its own text."
        #expect(PlainTextReader().read(text: text, input: "x").removed.isEmpty)
    }

    @Test func teaserTitlesMayEndWithAQuestionMark() {
        let text = """
            Headline

            A sentence of the story that is long enough to be a paragraph of its own text.

            Mehr aus der Region:
            Stadtfest im Hafen: Feuerwerk abgesagt?
            """
        let document = PlainTextReader().read(text: text, input: "x")
        #expect(document.removed.map(\.text) == ["Mehr aus der Region:\nStadtfest im Hafen: Feuerwerk abgesagt?"])
    }

    @Test func teaserHeaderLedByATeaserWordNeedsATeaserTitle() {
        let box = "Headline\n\nA sentence of the story that is long enough to be a paragraph of its own text.\n\n"
        let teaser = PlainTextReader().read(
            text: box + "Mehr News aus Beispieltal\nStadtfest im Hafen abgesagt", input: "x")
        #expect(teaser.removed.map(\.why) == ["teaser or related-articles box"])
        let heading = PlainTextReader().read(
            text: box + "Mehr Geld für Schulen\nDer Kreis gibt den Schulen im nächsten Jahr zwei Millionen Euro mehr.",
            input: "x")
        #expect(heading.removed.isEmpty)
    }

    @Test func webinarAdvertIsRemovedAsOneRegionAcrossItsPitch() throws {
        let documents = try InputReader().read(path: FixtureFiles.path("plain/webinar-advert.txt"))
        let document = try #require(documents.first)
        #expect(document.blocks.map(\.kind) == [.heading, .paragraph])
        #expect(document.removed.map(\.kind) == [.advertisement], "\(document.removed)")
        #expect(document.removed.first?.text.hasSuffix("Jetzt Platz sichern") == true)
    }
}

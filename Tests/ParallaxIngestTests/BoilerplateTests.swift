import ParallaxModel
import Testing

@testable import ParallaxIngest

@Suite struct BoilerplateTests {
    private func furniture() throws -> CleanDocument {
        try #require(try InputReader().read(path: FixtureFiles.path("plain/furniture.txt")).first)
    }

    @Test func bodyKeepsOnlyTheStory() throws {
        let document = try furniture()
        #expect(
            document.blocks.map(\.text) == [
                "Bäckerei gewinnt Landespreis",
                "Eine kleine Bäckerei aus dem Allgäu hat den Landespreis für Handwerk gewonnen. Die Jury lobte vor allem die regionalen Zutaten und die Ausbildung von Lehrlingen.",
                "Die Preisverleihung fand am Freitag in der Landeshauptstadt statt, der Preis ist mit 5.000 Euro dotiert.",
            ])
    }

    @Test(arguments: [
        ("share box", RemovedBlock.Kind.navigation, "Artikel teilen"),
        ("newsletter box", .advertisement, "Newsletter abonnieren"),
        ("cookie notice", .navigation, "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten."),
        ("tag list", .navigation, "Tags: Handwerk, Allgäu, Bäckerei\n#Handwerk #Preis"),
        (
            "teaser or related-articles box", .related,
            "Das könnte Sie auch interessieren\nMetzgerei schließt nach hundert Jahren"
        ),
        ("empty table stub", .other, "Details | |\n---|---|\nQuellen |"),
        (
            "advert or event invitation", .advertisement,
            "Live-Webinar am 12.05.2024 • 18:30 Uhr\nBacken wie die Profis\nMit drei Meistern:\nAnna Beispiel\nBernd Muster\nJetzt anmelden und Brotbackkurs gewinnen!"
        ),
        ("menu or link list", .navigation, "- Allgäuer Bote Nachrichten\n- Region\n- Sport\n- Kultur"),
        ("footer", .navigation, "Impressum\n© 2024 Allgäuer Bote"),
    ])
    func eachKindOfFurnitureIsRemovedWithItsKind(why: String, kind: RemovedBlock.Kind, text: String) throws {
        let document = try furniture()
        #expect(document.removed.contains(RemovedBlock(kind: kind, text: text, why: why)), "\(document.removed)")
    }

    @Test func newsSectionMenuLineNamesThePublisher() throws {
        #expect(try furniture().publisher == "Allgäuer Bote")
    }

    @Test func storyListsAreNotMenus() {
        let text =
            "Budget passes\nThe parliament passed the budget on Friday after a long debate in the chamber.\n- Spending rises by 3 percent.\n- Taxes stay the same."
        let document = PlainTextReader().read(text: text, input: "x")
        #expect(document.removed.isEmpty)
        #expect(document.blocks.filter { $0.kind == .listItem }.count == 2)
    }

    @Test func aSingleMentionOfAWebinarInTheStoryIsKept() {
        let text =
            "Schools go online\nThe ministry will hold a webinar for teachers on Monday, officials said in a statement that also announced new funding for laptops."
        let document = PlainTextReader().read(text: text, input: "x")
        #expect(document.removed.isEmpty)
    }

    @Test func cuesComeFromLexiconData() {
        let cues = BoilerplateCues(table: LexiconTable(text: "related: see also\nsection: times"))
        let classifier = PlainTextBoilerplateClassifier(cues: cues)
        let lines = TextLine.lines(of: "See also\nAnother story title")
        #expect(classifier.classify(lines) == [.teaser, .teaser])
        #expect(classifier.outletOfSectionLine(LineShape("Valley Times")) == "Valley")
    }

    @Test(arguments: [
        "Share prices fall\nShares of the carmaker fell by 4 percent on Monday after the company cut its forecast.",
        "Kontakt zu den Entführern\nDie Polizei hat nach eigenen Angaben Kontakt zu den Entführern aufgenommen.",
        "Zum Thema Verkehr\nDer Stadtrat berät am Montag über neue Radwege in der Innenstadt.",
        "Die Preise gehen nach oben\nDie Inflation stieg im März auf 3 Prozent, teilte das Statistikamt mit.",
    ])
    func headingsThatStartWithACueWordAreKept(text: String) {
        let document = PlainTextReader().read(text: text, input: "x")
        #expect(document.removed.isEmpty, "\(document.removed)")
        #expect(document.blocks.count == 2)
    }

    @Test func footerLinkRowIsRemoved() {
        let text =
            "Headline\nA sentence of the story that is long enough to be a paragraph of text.\nImpressum | Datenschutz | Kontakt"
        let document = PlainTextReader().read(text: text, input: "x")
        #expect(
            document.removed == [
                RemovedBlock(kind: .navigation, text: "Impressum | Datenschutz | Kontakt", why: "footer")
            ])
    }

    @Test(arguments: [
        ("© 2024 Valley Gazette. All rights reserved.", "Valley Gazette"),
        ("Copyright 2019–2024 Tal Zeitung | Impressum", "Tal Zeitung"),
        ("(c) Example Post", "Example Post"),
    ])
    func copyrightFooterNamesThePublisher(line: String, publisher: String) {
        let text = "Headline\nA sentence of the story that is long enough to be a paragraph of text.\n\(line)"
        let document = PlainTextReader().read(text: text, input: "x")
        #expect(document.publisher == publisher)
        #expect(document.removed.map(\.why) == ["footer"])
    }

    @Test func englishArticleWithTagsAdvertAndMenuKeepsOnlyTheStory() throws {
        let document = try #require(try InputReader().read(path: FixtureFiles.path("plain/english-advert.txt")).first)
        #expect(document.title == "River cleanup collects two tonnes of waste")
        #expect(document.blocks.map(\.kind) == [.heading, .paragraph, .heading, .paragraph])
        #expect(document.removed.map(\.kind) == [.navigation, .advertisement, .navigation])
        #expect(document.publisher == "Valley")
    }
}

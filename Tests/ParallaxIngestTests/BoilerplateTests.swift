import ParallaxModel
import Testing

@testable import ParallaxIngest

@Suite struct BoilerplateTests {
    private func furniture() throws -> CleanDocument {
        try #require(try InputReader().read(path: FixtureFiles.path("plain/furniture.txt")).first)
    }

    @Test func bodyKeepsOnlyTheStory() throws {
        let document = try furniture()
        #expect(document.blocks.map(\.text) == [
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
        ("teaser or related-articles box", .related, "Das könnte Sie auch interessieren\nMetzgerei schließt nach hundert Jahren"),
        ("empty table stub", .other, "Details | |\n---|---|\nQuellen |"),
        ("advert or event invitation", .advertisement, "Live-Webinar am 12.05.2024 • 18:30 Uhr\nBacken wie die Profis\nMit drei Meistern:\nAnna Beispiel\nBernd Muster\nJetzt anmelden und Brotbackkurs gewinnen!"),
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
        let text = "Budget passes\nThe parliament passed the budget on Friday after a long debate in the chamber.\n- Spending rises by 3 percent.\n- Taxes stay the same."
        let document = PlainTextReader().read(text: text, input: "x")
        #expect(document.removed.isEmpty)
        #expect(document.blocks.filter { $0.kind == .listItem }.count == 2)
    }

    @Test func aSingleMentionOfAWebinarInTheStoryIsKept() {
        let text = "Schools go online\nThe ministry will hold a webinar for teachers on Monday, officials said in a statement that also announced new funding for laptops."
        let document = PlainTextReader().read(text: text, input: "x")
        #expect(document.removed.isEmpty)
    }

    @Test func cuesComeFromLexiconData() {
        let cues = BoilerplateCues(table: LexiconTable(text: "related: see also\nsection: times"))
        let classifier = BoilerplateClassifier(cues: cues)
        let lines = TextLine.lines(of: "See also\nAnother story title")
        #expect(classifier.classify(lines) == [.teaser, .teaser])
        #expect(classifier.outletOfSectionLine(LineShape("Valley Times")) == "Valley")
    }
}

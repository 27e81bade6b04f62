import ParallaxModel
import Testing

@testable import ParallaxIngest

@Suite struct PlainTextReaderTests {
    private func read(_ fixture: String) throws -> CleanDocument {
        let documents = try InputReader().read(path: FixtureFiles.path(fixture))
        try #require(documents.count == 1)
        return documents[0]
    }

    @Test func datelineBlockGivesPublisherAndDateAndIsRemovedAsMetadata() throws {
        let document = try read("plain/dateline-article.txt")
        #expect(document.publisher == "Rheinland Kurier")
        #expect(document.published == "2024-02-03T14:05:00")
        #expect(document.title == "Neue Brücke über den Fluss eröffnet")
        #expect(document.removed.first == RemovedBlock(kind: .metadata, text: "Rheinland Kurier\n03.02.2024\n14:05 Uhr", why: "dateline"))
    }

    @Test func headlineAndHeadingsAreHeadingBlocks() throws {
        let document = try read("plain/dateline-article.txt")
        #expect(document.blocks.map(\.kind) == [.heading, .paragraph, .heading, .paragraph])
        #expect(document.blocks[2].text == "Kosten höher als geplant")
        #expect(document.removed.last == RemovedBlock(kind: .related, text: "Mehr zum Thema\nStau auf der Umleitung\nWie Brücken geprüft werden", why: "teaser or related-articles box"))
    }

    @Test func paragraphsWithoutBlankLinesAreSeparatedByLine() throws {
        let document = try read("plain/no-blank-lines.txt")
        #expect(document.blocks.map(\.kind) == [.heading, .paragraph, .heading, .paragraph])
        #expect(document.title == "Harbour strike ends after two weeks")
        #expect(document.removed.map(\.kind) == [.related])
    }

    @Test func wrappedLinesAreJoined() throws {
        let document = try read("plain/wrapped-lines.txt")
        #expect(document.blocks.count == 3)
        #expect(document.blocks[1].text == "The city library will open until ten in the evening from next month, the council decided on Tuesday after a petition signed by more than 4,000 residents.")
    }

    @Test func firstLineThatIsASentenceIsNoHeadline() {
        let document = PlainTextReader().read(text: "This opening line is a full sentence of the report.\nA second paragraph follows here.", input: "x")
        #expect(document.title == nil)
        #expect(document.blocks.map(\.kind) == [.paragraph, .paragraph])
    }

    @Test func listItemsAndQuotesKeepTheirKind() {
        let text = "Headline here\nThe minister listed three reasons for the decision on Monday:\n- the budget deficit of 2 percent.\n- the delays in procurement.\n> We will not wait any longer."
        let document = PlainTextReader().read(text: text, input: "x")
        #expect(document.blocks.map(\.kind) == [.heading, .paragraph, .listItem, .listItem, .quote])
    }
}

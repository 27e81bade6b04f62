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
        #expect(
            document.removed.first
                == RemovedBlock(kind: .metadata, text: "Rheinland Kurier\n03.02.2024\n14:05 Uhr", why: "dateline"))
    }

    @Test func headlineAndHeadingsAreHeadingBlocks() throws {
        let document = try read("plain/dateline-article.txt")
        #expect(document.blocks.map(\.kind) == [.heading, .paragraph, .heading, .paragraph])
        #expect(document.blocks[2].text == "Kosten höher als geplant")
        #expect(
            document.removed.last
                == RemovedBlock(
                    kind: .related, text: "Mehr zum Thema\nStau auf der Umleitung\nWie Brücken geprüft werden",
                    why: "teaser or related-articles box"))
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
        #expect(
            document.blocks[1].text
                == "The city library will open until ten in the evening from next month, the council decided on Tuesday after a petition signed by more than 4,000 residents."
        )
    }

    @Test func firstLineThatIsASentenceIsNoHeadline() {
        let document = PlainTextReader().read(
            text: "This opening line is a full sentence of the report.\nA second paragraph follows here.", input: "x")
        #expect(document.title == nil)
        #expect(document.blocks.map(\.kind) == [.paragraph, .paragraph])
    }

    @Test func listItemsAndQuotesKeepTheirKind() {
        let text =
            "Headline here\nThe minister listed three reasons for the decision on Monday:\n- the budget deficit of 2 percent.\n- the delays in procurement.\n> We will not wait any longer."
        let document = PlainTextReader().read(text: text, input: "x")
        #expect(document.blocks.map(\.kind) == [.heading, .paragraph, .listItem, .listItem, .quote])
    }

    @Test func bylineAndDateBelowTheHeadlineBecomeMetadata() {
        let text =
            "Fähre fährt wieder\nVon Jana Probe und Olaf Test, 12.03.2024\nDie Fähre über den See hat am Dienstag den Betrieb wieder aufgenommen."
        let document = PlainTextReader().read(text: text, input: "x")
        #expect(document.authors == ["Jana Probe", "Olaf Test"])
        #expect(document.published == "2024-03-12")
        #expect(
            document.removed == [
                RemovedBlock(kind: .metadata, text: "Von Jana Probe und Olaf Test, 12.03.2024", why: "byline")
            ])
        #expect(document.blocks.map(\.kind) == [.heading, .paragraph])
    }

    @Test func dateLineBelowTheHeadlineGivesTheDate() {
        let text =
            "Ferry resumes service\nMarch 12, 2024 9:15 am\nBy Sam Sample\nThe lake ferry resumed service on Tuesday."
        let document = PlainTextReader().read(text: text, input: "x")
        #expect(document.published == "2024-03-12T09:15:00")
        #expect(document.authors == ["Sam Sample"])
        #expect(document.blocks.count == 2)
    }

    @Test func sentenceStartingWithAPrepositionIsNoByline() {
        let text = "Headline of the day\nBy the end of the year the city wants to open three new schools."
        let document = PlainTextReader().read(text: text, input: "x")
        #expect(document.authors.isEmpty)
        #expect(document.blocks.count == 2)
    }
}

@Suite struct SentencePerLineLayoutTests {
    @Test func linesOfOneSentenceEachAreJoinedIntoTheirParagraph() throws {
        let documents = try InputReader().read(path: FixtureFiles.path("plain/sentence-per-line.txt"))
        let document = try #require(documents.first)
        #expect(document.blocks.map(\.kind) == [.heading, .paragraph, .paragraph, .paragraph])
        #expect(document.blocks[1].text == "The envoy met the president on Sunday . Both sides called the meeting useful .")
        #expect(
            document.blocks[2].text == "\" We made progress . More talks will follow ! \" the envoy told reporters .")
    }

    @Test func oneRunOfOneSentenceLinesStaysApart() throws {
        let documents = try InputReader().read(path: FixtureFiles.path("plain/one-sentence-paragraphs.txt"))
        let document = try #require(documents.first)
        #expect(document.blocks.map(\.kind) == [.heading, .paragraph, .paragraph, .paragraph])
    }

    @Test func linesWithSeveralSentencesAreParagraphs() {
        let text =
            "Headline of the day\n\nThe first paragraph has two sentences. It ends here.\nThe second one too. It also ends.\n\nA third paragraph stands alone. With two sentences.\nAnd a fourth. Also two."
        let document = PlainTextReader().read(text: text, input: "x")
        #expect(document.blocks.count == 5)
    }
}

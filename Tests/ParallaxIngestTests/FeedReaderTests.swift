import ParallaxModel
import Testing

@testable import ParallaxIngest

@Suite struct FeedReaderTests {
    private func ingest(_ fixture: String) -> (IngestResult, String) {
        let path = FixtureFiles.path(fixture)
        return (InputReader().ingest(path: path), path)
    }

    @Test func rssItemsBecomeArticlesWithTheirMetadata() throws {
        let (result, path) = ingest("feeds/rss.xml")
        try #require(result.documents.count == 2)
        let first = result.documents[0]
        #expect(first.input == path + "#tz-101")
        #expect(first.title == "Stausee erreicht Höchststand")
        #expect(first.url == "https://tal-zeitung.example/stausee")
        #expect(first.authors == ["Jana Probe"])
        #expect(first.published == "2024-03-05T08:15:00+01:00")
        #expect(first.publisher == "Tal Zeitung")
        #expect(first.declaredLanguage == "de")
        #expect(first.blocks == [
            TextBlock(kind: .heading, text: "Stausee erreicht Höchststand"),
            TextBlock(kind: .heading, text: "Pegel steigt weiter"),
            TextBlock(kind: .paragraph, text: "Der Stausee hat am Montag mit 412 Metern den höchsten Stand seit zehn Jahren erreicht."),
            TextBlock(kind: .listItem, text: "Schleusen offen"),
            TextBlock(kind: .listItem, text: "Radweg gesperrt"),
            TextBlock(kind: .quote, text: "Wir beobachten die Lage genau."),
        ])
        let second = result.documents[1]
        #expect(second.input == path + "#2")
        #expect(second.authors == ["Olaf Test"])
        #expect(second.published == "2024-03-06T17:40:00Z")
        #expect(second.blocks.last == TextBlock(kind: .paragraph, text: "Ab April wird der Marktplatz für sechs Wochen gesperrt."))
    }

    @Test func itemWithoutContentIsAProblemNamingTheItem() {
        let (result, path) = ingest("feeds/rss.xml")
        #expect(result.problems.map(\.description) == ["\(path)#3: holds no article text"])
    }

    @Test func atomEntriesPreferPublishedAndReadHTMLAndXHTMLContent() throws {
        let (result, path) = ingest("feeds/atom.xml")
        try #require(result.documents.count == 2)
        let first = result.documents[0]
        #expect(first.input == path + "#urn:valley:2001")
        #expect(first.url == "https://valley.example/bus")
        #expect(first.authors == ["Sam Sample"])
        #expect(first.published == "2024-06-01T09:30:00+02:00")
        #expect(first.publisher == "Valley Gazette")
        #expect(first.declaredLanguage == "en")
        #expect(first.blocks.map(\.kind) == [.heading, .paragraph, .heading, .paragraph])
        let second = result.documents[1]
        #expect(second.input == path + "#2")
        #expect(second.published == "2024-06-03T12:00:00Z")
        #expect(second.blocks.last?.text == "Engineers found no damage on the old bridge.")
    }

    @Test func brokenFeedStillGivesItsCompleteItems() {
        let (result, path) = ingest("feeds/broken.xml")
        #expect(result.documents.first?.input == path + "#b1")
        #expect(result.documents.first?.title == "First item survives")
        #expect(result.documents.first?.blocks.last?.text == "The first item is complete & readable.")
    }

    @Test func feedWithoutItemsIsAnError() {
        let (result, path) = ingest("feeds/empty-feed.xml")
        #expect(result.problems.map(\.description) == ["\(path): is a feed without items"])
    }

    @Test func xmlThatIsNoFeedIsAnError() throws {
        let path = try FixtureFiles.write(Array("<?xml version=\"1.0\"?><catalog><book/></catalog>".utf8), named: "catalog.xml")
        #expect(InputReader().ingest(path: path).problems.map(\.description) == ["\(path): is not a readable RSS or Atom feed"])
    }

    @Test func fragmentReaderDropsScriptsAndSplitsAtBreaks() {
        let blocks = HTMLFragmentReader().blocks(html: "Intro text<br>second line<script>x()</script><style>p{}</style><h4>Sub</h4><blockquote>Quoted words</blockquote>")
        #expect(blocks == [
            TextBlock(kind: .paragraph, text: "Intro text"), TextBlock(kind: .paragraph, text: "second line"),
            TextBlock(kind: .heading, text: "Sub"), TextBlock(kind: .quote, text: "Quoted words"),
        ])
    }
}

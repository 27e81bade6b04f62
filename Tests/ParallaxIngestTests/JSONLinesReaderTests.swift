import ParallaxModel
import Testing

@testable import ParallaxIngest

@Suite struct JSONLinesReaderTests {
    @Test func goodLinesGiveArticlesAndBadLinesGiveProblems() throws {
        let path = FixtureFiles.path("jsonl/articles.jsonl")
        let result = InputReader().ingest(path: path)
        try #require(result.documents.count == 3)
        let first = result.documents[0]
        #expect(first.input == path + "#n1")
        #expect(first.title == "Wind farm approved")
        #expect(first.url == "https://example.org/n1")
        #expect(first.publisher == "Example Post")
        #expect(first.published == "2024-07-04")
        #expect(first.declaredLanguage == "en")
        #expect(first.blocks.map(\.kind) == [.heading, .paragraph, .paragraph])
        let second = result.documents[1]
        #expect(second.input == path + "#2")
        #expect(second.title == "Rathaus bekommt Solardach")
        #expect(second.published == "2024-07-04")
        #expect(result.documents[2].input == path + "#6")
        #expect(result.problems.map(\.description) == [
            "\(path)#3: is not a valid JSON object",
            "\(path)#n4: has neither a \"text\" nor an \"html\" field",
        ])
    }

    @Test func oldReadAPIStillReturnsTheDocuments() throws {
        #expect(try InputReader().read(path: FixtureFiles.path("jsonl/articles.jsonl")).count == 3)
    }

    @Test func htmlFieldGoesToTheHTMLExtractor() {
        let result = JSONLinesReader().read(text: "{\"id\": \"h\", \"html\": \"<html><body><p>Page</p></body></html>\"}", input: "f.jsonl")
        // The HTML extractor belongs to another stage; whatever it answers, the line is accounted for.
        #expect(result.documents.count + result.problems.count == 1)
        #expect((result.documents.map(\.input) + result.problems.map(\.input)) == ["f.jsonl#h"])
    }
}

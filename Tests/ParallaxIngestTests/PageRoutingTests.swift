import Foundation
import ParallaxModel
import Testing

@testable import ParallaxIngest

/// HTML pages — files, gzip files and the `html` field of JSON Lines — reach ``HTMLExtractor``.
@Suite struct PageRoutingTests {
    private static let page = """
        <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Seilbahn eröffnet</title></head>
        <body><nav><a href="/">Start</a> <a href="/region">Region</a></nav><article><h1>Seilbahn eröffnet</h1>
        <p>Die neue Seilbahn auf den Hausberg hat am Samstag ihren Betrieb aufgenommen. In der ersten Stunde fuhren nach
        Angaben der Betreiber mehr als 400 Gäste auf den Gipfel, viele davon Familien aus der Region.</p>
        <p>Die Bahn ersetzt einen Sessellift aus den siebziger Jahren und soll auch im Winter fahren. Die Gemeinde hat
        den Bau mit 12 Millionen Euro unterstützt, wie der Bürgermeister bei der Eröffnung sagte.</p></article>
        <footer>Impressum</footer></body></html>
        """

    @Test func htmlFileIsReadAsAPage() throws {
        let path = try FixtureFiles.write(Array(Self.page.utf8), named: "page.txt")
        let document = try #require(try InputReader().read(path: path).first)
        #expect(document.blocks.contains { $0.text.hasPrefix("Die neue Seilbahn auf den Hausberg") })
        #expect(!document.blocks.contains { $0.text.contains("Impressum") })
    }

    @Test func htmlFieldOfJSONLinesIsReadAsAPageWithTheRecordsMetadata() throws {
        let record: [String: Any] = [
            "id": "p1", "html": Self.page, "publisher": "Bergblatt", "published": "6. Juli 2024",
            "url": "https://bergblatt.example/seilbahn",
        ]
        let line = String(decoding: try JSONSerialization.data(withJSONObject: record), as: UTF8.self)
        let result = JSONLinesReader().read(text: line + "\n", input: "pages.jsonl")
        let document = try #require(result.documents.first, "\(result.problems)")
        #expect(document.input == "pages.jsonl#p1")
        #expect(document.publisher == "Bergblatt")
        #expect(document.published == "2024-07-06")
        #expect(document.url == "https://bergblatt.example/seilbahn")
        #expect(document.blocks.contains { $0.text.hasPrefix("Die Bahn ersetzt einen Sessellift") })
    }
}

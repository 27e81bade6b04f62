import Foundation
import Testing
import ParallaxModel
@testable import ParallaxIngest

/// A market ticker on a news page (`<div class="ticker">`) quotes prices that are no figures of the story: it is
/// boilerplate, while the article's own paragraphs stay (round 18). Pages written for these tests.
@Suite struct MarketTickerTests {
    static func page(tickerClass: String) -> String {
        """
        <html><head><title>Versorger unter Druck</title></head><body><article>
        <h1>Versorger unter Druck</h1>
        <div class="\(tickerClass)">Nordgas AG  21,37 €  ▼ 4,10 %  | Strom Base  88,20 €/MWh  ▲ 3,0 %</div>
        <p>Der Versorger Nordgas muss nach dem Ausfall einer Leitung rund 40.000 Haushalte mit Ersatzgas beliefern. Die Reparatur
        soll nach Angaben des Unternehmens etwa drei Wochen dauern, teilte eine Sprecherin am Montag mit.</p>
        <p>Die Aktie verlor an der Börse bis zum Abend gut vier Prozent. Analysten rechnen mit Kosten in Millionenhöhe.</p>
        </article></body></html>
        """
    }

    @Test(arguments: ["ticker", "stock-ticker", "market-quotes", "boersen kurse", "stocks"])
    func dropsTheTicker(tickerClass: String) throws {
        let document = try HTMLExtractor().extract(data: Data(Self.page(tickerClass: tickerClass).utf8), input: "ticker.html")
        let text = document.blocks.map(\.text).joined(separator: "\n")
        #expect(!text.contains("21,37"))
        #expect(text.contains("rund 40.000 Haushalte"))
    }

    /// A paragraph of the story with an unrelated class keeps its figures.
    @Test func keepsAParagraphWithoutTickerClass() throws {
        let document = try HTMLExtractor().extract(data: Data(Self.page(tickerClass: "lead").utf8), input: "lead.html")
        #expect(document.blocks.map(\.text).joined(separator: "\n").contains("21,37"))
    }
}

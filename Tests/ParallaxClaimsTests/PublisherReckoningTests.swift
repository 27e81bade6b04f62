import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// The publisher's own reckoning (round 19): first-person plural cues of a press release (`nach unserer Berechnung`, `unseren
/// Schätzungen zufolge`, `according to our figures`) name the publisher, whose label drops the professional word that frames a
/// firm's name at either end (`Rechtsanwälte Kessler & Born`). Sentences written for these tests.
@Suite struct PublisherReckoningTests {
    @Test(arguments: [
        ("Rechtsanwälte Kessler & Born", "de", "Nach unserer Einschätzung stehen jedem Haushalt 40 Euro Entschädigung zu.", "kessler & born"),
        ("Kessler & Born Rechtsanwälte", "de", "Unseren Berechnungen zufolge sind 40 Haushalte betroffen.", "kessler & born"),
        ("Flussbund Elsing e.V.", "de", "Nach Auswertung unserer Messdaten flossen 40 Tonnen in den Fluss.", "flussbund elsing"),
        ("Harbour Watch", "en", "According to our figures, 40 ships were delayed at the locks.", "harbour watch"),
        ("Harbour Watch", "en", "By our calculations, 40 ships were delayed at the locks.", "harbour watch"),
    ])
    func namesPublisher(publisher: String, language: String, sentence: String, source: String) throws {
        var article = FixtureArticle.make(paragraphs: [["Mitteilung"], [sentence]], language: language, published: "2026-06-08")
        article.publisher = publisher
        let claim = try #require(ClaimExtractor().extract(from: article).first { $0.quantity?.value == 40 })
        #expect(claim.attribution?.source == source, "\(claim.attribution?.why ?? "")")
    }

    /// An opinion is no source of a figure: `unserer Meinung nach` is not listed.
    @Test func opinionIsNoSource() throws {
        var article = FixtureArticle.make(
            paragraphs: [["Mitteilung"], ["Unserer Meinung nach sind 40 Euro zu wenig."]], language: "de", published: "2026-06-08")
        article.publisher = "Flussbund Elsing e.V."
        let claim = try #require(ClaimExtractor().extract(from: article).first { $0.quantity?.value == 40 })
        #expect(claim.attribution?.source == nil)
    }
}

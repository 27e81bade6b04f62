import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A firm's own press release states its own figures (round 22): in a release whose sender has a company's legal form, a
/// sentence with no cue has the sender as source, by the short name the release calls it; an association's release
/// (`e. V.`) and an advert leave such facts without a source. Sentences written for these tests.
@Suite struct FirmReleaseTests {
    private func article(publisher: String, label: String, language: String, paragraphs: [[String]]) -> Article {
        var article = FixtureArticle.make(paragraphs: [["Mitteilung"]] + paragraphs, language: language, published: "2026-06-08")
        article.publisher = publisher
        article.removed = [RemovedBlock(kind: .metadata, text: label + "\n" + publisher + "\n08.06.2026")]
        return article
    }

    @Test(arguments: [
        ("Korvath Reisen AG", "de", ["Korvath erstattet allen Gästen 40 Prozent des Reisepreises.", "Korvath bedauert die Verspätung."], "korvath"),
        ("Marvell Freight Ltd", "en", ["Marvell has cancelled 40 sailings this week.", "Marvell regrets the delays."], "marvell"),
        ("Korvath Reisen AG", "de", ["Derzeit sind 40 Gäste erkrankt."], "korvath reisen"),
    ])
    func aFirmStatesItsFigures(publisher: String, language: String, paragraph: [String], source: String) throws {
        let release = article(publisher: publisher, label: language == "de" ? "PRESSEMITTEILUNG" : "PRESS RELEASE", language: language, paragraphs: [paragraph])
        let claim = try #require(ClaimExtractor().extract(from: release).first { $0.quantity?.value == 40 })
        #expect(claim.attribution?.source == source, "\(claim.attribution?.why ?? "")")
    }

    @Test(arguments: [
        // An association's release: its background facts are nobody's.
        ("Flussbund Elsing e. V.", "PRESSEMITTEILUNG"),
        // An advert of a firm.
        ("Korvath Reisen GmbH", "ANZEIGE"),
    ])
    func otherSendersStateNothing(publisher: String, label: String) throws {
        let release = article(publisher: publisher, label: label, language: "de", paragraphs: [["Derzeit sind 40 Gäste erkrankt."]])
        let claim = try #require(ClaimExtractor().extract(from: release).first { $0.quantity?.value == 40 })
        #expect(claim.attribution?.source == nil, "\(claim.attribution?.why ?? "")")
    }

    /// A cue of its own still names its party (`teilte die Polizei mit`).
    @Test func aCueNamesItsOwnParty() throws {
        let release = article(
            publisher: "Korvath Reisen AG", label: "PRESSEMITTEILUNG", language: "de",
            paragraphs: [["Nach Angaben der Polizei wurden 40 Gäste befragt."]])
        let claim = try #require(ClaimExtractor().extract(from: release).first { $0.quantity?.value == 40 })
        #expect(claim.attribution?.source == "police", "\(claim.attribution?.why ?? "")")
    }
}

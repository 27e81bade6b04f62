import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// The publisher speaking of itself (round 20): a sentence with no cue whose writer's words hold the first person plural
/// subject pronoun (`wir`, `we`) has the publisher as source; a quotation's `wir` is its speaker's, a possessive alone
/// (`unsere Bauern`) names nobody, and without a publisher, or outside the publisher's own release (a genre label opening
/// its dateline block), there is no source. Sentences written for these tests.
@Suite struct PublisherVoiceTests {
    @Test(arguments: [
        ("Kanzlei Kessler & Born", "de", "Wir vertreten bereits mehr als 40 Geschädigte aus Elsing.", "kessler & born"),
        ("Flussbund Elsing e.V.", "de", "Seit dem Frühjahr haben wir 40 Freiwillige ausgebildet.", "flussbund elsing"),
        ("Harbour Watch", "en", "Since March we have inspected 40 ships at the locks.", "harbour watch"),
    ])
    func namesPublisher(publisher: String, language: String, sentence: String, source: String) throws {
        var article = FixtureArticle.make(paragraphs: [["Mitteilung"], [sentence]], language: language, published: "2026-06-08")
        article.publisher = publisher
        article.removed = [RemovedBlock(kind: .metadata, text: release(language) + "\n" + publisher + "\n08.06.2026")]
        let claim = try #require(ClaimExtractor().extract(from: article).first { $0.quantity?.value == 40 })
        #expect(claim.attribution?.source == source, "\(claim.attribution?.why ?? "")")
    }

    @Test(arguments: [
        // A possessive speaks for a community, not for the sender.
        ("de", ["Der Fluss trägt 40 Tonnen Schlamm in unser Land."]),
        ("en", ["More than 40 thugs are hiding in our woods."]),
        // The quotation's `wir` is the quoted speaker's; with no cue it names nobody.
        ("de", ["„Wir haben 40 Helfer im Einsatz.“"]),
        // A quotation the paragraph opened and has not closed.
        ("de", ["„Der Damm hält.", "Wir haben 40 Helfer im Einsatz.“"]),
        ("en", ["\"The dam is holding.", "We have 40 helpers out there.\""]),
    ])
    func leavesOtherWordsAlone(language: String, paragraph: [String]) throws {
        var article = FixtureArticle.make(paragraphs: [["Mitteilung"], paragraph], language: language, published: "2026-06-08")
        article.publisher = "Flussbund Elsing e.V."
        article.removed = [RemovedBlock(kind: .metadata, text: release(language) + "\nFlussbund Elsing e.V.\n08.06.2026")]
        let claim = try #require(ClaimExtractor().extract(from: article).first { $0.quantity?.value == 40 })
        #expect(claim.attribution?.source == nil, "\(claim.attribution?.why ?? "")")
    }

    /// The genre label that opens a release's dateline block.
    private func release(_ language: String) -> String { language == "de" ? "PRESSEMITTEILUNG" : "PRESS RELEASE" }

    /// A news article's `wir` (no genre label over it) is a speaker's whose quotation marks the text lost: no source.
    @Test func newsArticleNoSource() throws {
        var article = FixtureArticle.make(
            paragraphs: [["Meldung"], ["Wir haben 40 Helfer im Einsatz, sagte die Bürgermeisterin am Abend nicht."]], language: "de",
            published: "2026-06-08")
        article.publisher = "Elsinger Bote"
        article.removed = [RemovedBlock(kind: .metadata, text: "Elsinger Bote\n08.06.2026")]
        let claim = try #require(ClaimExtractor().extract(from: article).first { $0.quantity?.value == 40 })
        #expect(claim.attribution?.source != "elsinger bote")
    }

    /// Without a publisher the `wir` names nobody.
    @Test func noPublisherNoSource() throws {
        let article = FixtureArticle.make(
            paragraphs: [["Mitteilung"], ["Wir vertreten bereits mehr als 40 Geschädigte."]], language: "de", published: "2026-06-08")
        let claim = try #require(ClaimExtractor().extract(from: article).first { $0.quantity?.value == 40 })
        #expect(claim.attribution?.source == nil)
    }
}

import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A body introduced with its abbreviation in brackets goes by the abbreviation (round 20): the source of a claim the body
/// gives, there or later through the abbreviation, is the abbreviation; a publisher whose name's initials spell it too. A
/// person's bracket is a party affiliation and renames nobody. Sentences written for these tests.
@Suite struct AbbreviatedBodyLabelTests {
    @Test(arguments: [
        ("de", ["Nach Angaben des Landesamts für Wasserwirtschaft (LfW) sind 40 Häuser betroffen."], "lfw"),
        ("de", ["Der Wasserverband Untere Elsing (WUE) warnt vor Engpässen.", "Nach Angaben des WUE fehlen 40 Kubikmeter am Tag."], "wue"),
        ("en", ["About 40 homes were flooded, the National Flood Protection Agency (NFPA) said."], "nfpa"),
    ])
    func labelsByAbbreviation(language: String, paragraph: [String], source: String) throws {
        let article = FixtureArticle.make(paragraphs: [["Meldung"], paragraph], language: language, published: "2026-06-08")
        let claim = try #require(ClaimExtractor().extract(from: article).first { $0.quantity?.value == 40 })
        #expect(claim.attribution?.source == source, "\(claim.attribution?.why ?? "")")
    }

    /// A party affiliation in brackets after a person is no short form of the person.
    @Test func personKeepsName() throws {
        let article = FixtureArticle.make(
            paragraphs: [["Meldung"], ["Finanzminister Hans Kessler (ÖVP) sagte, 40 Millionen Euro seien eingeplant."]],
            language: "de", published: "2026-06-08")
        let claim = try #require(ClaimExtractor().extract(from: article).first { $0.quantity?.value == 40_000_000 })
        #expect(claim.attribution?.source == "hans kessler", "\(claim.attribution?.why ?? "")")
    }

    /// The publisher's cue takes the short form the release gives its sender (`Verband Elsinger Reeder (VER)`).
    @Test func publisherByInitials() throws {
        var article = FixtureArticle.make(
            paragraphs: [["Mitteilung"], ["Der Verband Elsinger Reeder (VER) warnt vor Engpässen.", "Nach unseren Zahlen warten 40 Schiffe."]],
            language: "de", published: "2026-06-08")
        article.publisher = "Verband Elsinger Reeder e. V."
        let claim = try #require(ClaimExtractor().extract(from: article).first { $0.quantity?.value == 40 })
        #expect(claim.attribution?.source == "ver", "\(claim.attribution?.why ?? "")")
    }
}

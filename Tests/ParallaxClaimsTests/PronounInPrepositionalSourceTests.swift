import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A pronoun in the party slot of a prepositional source (round 31, cues32; `docs/claims.md`, *Round 31 (cues32)*): German
/// `Ihm zufolge`, `Ihr zufolge`, `laut ihm`, `nach seinen Angaben`, `Seinen Angaben zufolge` stand for the party that opened the
/// sentence before (a person or a body: `ihr` is also `die Polizei`), else the person named last; English `according to him`
/// and `according to her` for the person named last, but not the possessive `according to her lawyer`. Sentences written for
/// these tests.
@Suite struct PronounInPrepositionalSourceTests {
    private func source(_ sentences: [String], language: String) throws -> String? {
        let article = FixtureArticle.make(paragraphs: [["Meldung"], sentences], language: language, published: "2026-06-08")
        let claim = try #require(ClaimExtractor().extract(from: article).first { $0.quantity?.value == 40 })
        return claim.attribution?.source
    }

    @Test(arguments: [
        (["Polizeisprecher Jan Roth war vor Ort.", "Ihm zufolge sind 40 Häuser beschädigt."], "jan roth"),
        (["Polizeisprecherin Eva Roth war vor Ort.", "Ihr zufolge sind 40 Häuser beschädigt."], "eva roth"),
        (["Polizeisprecher Jan Roth war vor Ort.", "Laut ihm sind 40 Häuser beschädigt."], "jan roth"),
        (["Polizeisprecherin Eva Roth war vor Ort.", "Nach ihren Angaben sind 40 Häuser beschädigt."], "eva roth"),
        (["Polizeisprecher Jan Roth war vor Ort.", "Seinen Angaben zufolge sind 40 Häuser beschädigt."], "jan roth"),
        (
            ["Die Staatsanwaltschaft Velden hat am Montag 12 Wohnungen durchsucht.", "Nach ihren Angaben sollen 40 Spiele manipuliert worden sein."],
            "prosecutors"
        ),
    ])
    func germanPronounsStandForThePartyBefore(sentences: [String], expected: String) throws {
        #expect(try source(sentences, language: "de") == expected)
    }

    @Test(arguments: [
        (["Police spokesman Jan Roth was at the scene.", "According to him, 40 houses were damaged."], "jan roth"),
        (["Police spokeswoman Eva Roth was at the scene.", "According to her, 40 houses were damaged."], "eva roth"),
        (["Mayor Eva Roth visited the site.", "Some 40 houses were damaged, according to her."], "eva roth"),
    ])
    func englishPronounsStandForThePersonNamedLast(sentences: [String], expected: String) throws {
        #expect(try source(sentences, language: "en") == expected)
    }

    @Test func aPossessiveBeforeANounIsNoParty() throws {
        let sentences = ["Mayor Eva Roth visited the site.", "According to her lawyer, 40 houses were damaged."]
        #expect(try source(sentences, language: "en") != "eva roth")
    }
}

import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 14: a denial's party is read as a verb of saying's speaker is (a named party before or after the verb, a body
/// referred back to, a last name for the person named in full), and words of denial inside a quotation are the
/// speaker's. Sentences written for these tests (`Fixtures/denial-parties.json`).
@Suite struct DenialPartyTests {
    struct Case: Decodable, CustomTestStringConvertible {
        var language: String
        var sentences: [String]
        var party: String
        var testDescription: String { sentences.last ?? "" }
    }

    static let cases: [Case] = JSONFixture.cases("denial-parties")

    @Test func theFixtureLoads() {
        #expect(Self.cases.count >= 7)
    }

    @Test(arguments: cases)
    func aDenialNamesItsParty(_ example: Case) {
        let article = FixtureArticle.make(
            paragraphs: [["Dispute in Halden"], example.sentences], language: example.language, published: "2026-06-08")
        let claims = ClaimExtractor().extract(from: article)
        let denial = claims.last { $0.statement?.predicate == "denies" }
        #expect(denial?.statement?.deniedBy == example.party, "denials: \(claims.compactMap(\.statement))")
        #expect(denial?.attribution?.source == example.party)
    }
}

import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 13 (`real3` and `dev10` studied): whole families of counted nouns of political, economic and court news
/// (sessions, laws, questions, motions, banks, shareholders, points, per mille), the head of a compound written apart
/// (`bank employees`), a capitalised adjective of a fixed name (`Kurze Debatten`), identifiers glued to a letter
/// (`15a-Vereinbarung`, `80er-Jahre`), tables read as ranges, relative clauses that keep their verbs, and the further
/// rules of the round. Sentences written for these tests (`Fixtures/institutional-counted-nouns-and-identifiers.json`).
@Suite struct InstitutionalCountedNounAndIdentifierTests {
    static let cases = FigureCase.load("institutional-counted-nouns-and-identifiers")

    @Test func fixtureLoads() {
        #expect(Self.cases.count >= 24)
    }

    @Test(arguments: cases) func extracts(_ expected: FigureCase) throws {
        try expected.check()
    }
}

import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 15b (measures by clause structure): a figure and its noun that open a main clause of their own after a comma
/// read no verb before it; a figure that is the subject of its own sentence continues no measure of the sentence
/// before; a measure word joined by its preposition to another figure names that figure only
/// (`Fixtures/measure-clause-boundaries.json`, invented sentences; the list, the bracketed restatement, the bare
/// continuation and the English change noun are guards).
@Suite struct MeasureClauseBoundaryTests {
    static let cases = FigureCase.load("measure-clause-boundaries")

    @Test func fixtureLoads() {
        #expect(Self.cases.count >= 12)
    }

    @Test(arguments: cases) func extracts(_ expected: FigureCase) throws {
        try expected.check()
    }

    /// The rows of `coordinated-clauses.txt`: conjunctions in both languages, words that go on with a noun phrase in
    /// German, finite auxiliaries in English.
    @Test(arguments: [
        ("de", "und", "conjunction"), ("en", "and", "conjunction"), ("de", "aus", "not-verb"), ("de", "darunter", "not-verb"),
        ("en", "were", "verb"), ("en", "has", "verb"),
    ])
    func coordinatedClauseRows(_ language: String, _ word: String, _ kind: String) {
        let rows = CoordinatedClauses.of(language)
        switch kind {
        case "conjunction": #expect(rows.conjunctions.contains(word))
        case "not-verb": #expect(rows.notVerbs.contains(word))
        default: #expect(rows.verbs.contains(word))
        }
    }
}

import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// Round 12 of grouping: a cue of a further batch ("weitere", "another") belongs to the number of its own
/// clause; a cue of a total ("bisher", "in total") reaches over a list.
@Suite struct ScopeClauseTests {
    struct ScopeCase: Sendable, CustomTestStringConvertible {
        var sentence: String
        var figure: String
        var language: String
        var scope: ReconcileLexicon.Scope?
        var testDescription: String { "\(figure) in \"\(sentence)\" → \(scope.map { "\($0)" } ?? "none")" }
    }

    @Test(arguments: [
        ScopeCase(sentence: "Drei weitere werden noch vermisst, 13 Menschen wurden verletzt.", figure: "13 Menschen", language: "de", scope: nil),
        ScopeCase(sentence: "31 weitere wurden verletzt, vier von ihnen schwer.", figure: "vier", language: "de", scope: nil),
        ScopeCase(sentence: "Another two were missing, 13 people were injured.", figure: "13 people", language: "en", scope: nil),
        ScopeCase(sentence: "Die Armee schickte weitere 800 Soldaten.", figure: "800 Soldaten", language: "de", scope: .additional),
        ScopeCase(sentence: "Gestrichen werden 1.600 Stellen, weitere 800 Stellen folgen.", figure: "800 Stellen", language: "de", scope: .additional),
        ScopeCase(
            sentence: "Bei der Gewaltwelle starben bisher 196 Palästinenser, 28 Israelis und vier Ausländer.", figure: "28 Israelis",
            language: "de", scope: .total),
        ScopeCase(sentence: "In total, the country fired 23 missiles.", figure: "23 missiles", language: "en", scope: .total),
    ])
    func aFurtherBatchCueBelongsToItsClause(_ example: ScopeCase) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire", language: example.language)
        story.sentence(a, example.sentence, [.init(text: example.figure, value: 1)])
        let facts = ClaimFacts(
            claim: story.claims[0], article: story.articles[0], lexicon: ReconcileLexicon.forLanguage(example.language))
        #expect(facts.scope == example.scope)
    }
}

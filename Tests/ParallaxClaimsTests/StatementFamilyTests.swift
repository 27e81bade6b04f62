import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 12 (claims12c): the predicate families of real news (requests, admissions, leaks, arrests, suspensions,
/// investigations, frozen withdrawals, claims called baseless) and every separable verb of a German sentence, so
/// that an accusation and its denial in one sentence are both statements. Sentences written for these tests.
@Suite struct StatementFamilyTests {
    struct Case: Sendable, Codable, CustomTestStringConvertible {
        var rule: String
        var language: String
        var paragraphs: [[String]]
        var predicate: String
        var subject: String?
        /// True when the sentence also holds a denial that must name the accusation's id.
        var deniesAccusation: Bool?
        var testDescription: String { "\(language): \(rule) (\(predicate))" }
    }

    static let cases: [Case] = {
        guard let url = Bundle.module.url(forResource: "statements-round12", withExtension: "json", subdirectory: "Fixtures"),
            let data = try? Data(contentsOf: url)
        else { return [] }
        return (try? JSONDecoder().decode([Case].self, from: data)) ?? []
    }()

    @Test func fixtureLoads() {
        #expect(Self.cases.count >= 10)
    }

    @Test(arguments: cases) func findsTheCentralStatement(_ expected: Case) {
        let article = FixtureArticle.make(paragraphs: expected.paragraphs, language: expected.language, published: "2026-06-08")
        let statements = ClaimExtractor().extract(from: article).filter { $0.kind == .statement }
        let found = statements.first { $0.statement?.predicate == expected.predicate }
        #expect(found != nil, "predicates: \(statements.compactMap { $0.statement?.predicate })")
        if let subject = expected.subject { #expect(found?.statement?.subject == subject) }
        if expected.deniesAccusation == true {
            let denial = statements.first { $0.statement?.predicate == "denies" }
            #expect(denial?.statement?.denies == found?.id)
        }
    }

    /// A predicate right after a negation is denied by the sentence's speaker, not asserted; the writer's own
    /// negation asserts nothing (round 12, `function-words.txt`, `negation`).
    @Test(arguments: [
        ("en", "The minister said he had never leaked the report .", true),
        ("de", "Der Bürgermeister sagte, die Gemeinde habe das Gutachten nie ignoriert.", true),
        ("en", "The police did not arrest anyone at the scene .", false),
    ])
    func aNegatedPredicateIsNoAssertion(language: String, sentence: String, denied: Bool) {
        let article = FixtureArticle.make(paragraphs: [["Dispute in Halden"], [sentence]], language: language, published: "2026-06-08")
        let predicates = ClaimExtractor().extract(from: article).filter { $0.kind == .statement }.compactMap { $0.statement?.predicate }
        #expect(predicates == (denied ? ["denies"] : []), "predicates: \(predicates)")
    }

    /// One statement per sentence at most (besides its denial and direct quotes), however many family verbs it has.
    @Test func oneStatementPerSentence() {
        let article = FixtureArticle.make(
            paragraphs: [["Bank in Oslo"], ["The Norwegian lender Fjordbank froze all withdrawals , fired its chief and filed for insolvency ."]],
            language: "en", published: "2026-06-08")
        let statements = ClaimExtractor().extract(from: article).filter { $0.kind == .statement }
        #expect(statements.count == 1)
        #expect(statements.first?.statement?.predicate == "halted")
    }
}

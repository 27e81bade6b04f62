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

        /// The cases of `Fixtures/<name>.json` (none when it is missing: each suite's `fixtureLoads` test fails then).
        static func load(_ name: String) -> [Case] {
            JSONFixture.cases(name)
        }

        /// Extracts the case's article and expects a statement with its predicate (and subject, when given); returns the
        /// statements and the one found.
        @discardableResult
        func expectStatement(published: String) -> (statements: [Claim], found: Claim?) {
            let article = FixtureArticle.make(paragraphs: paragraphs, language: language, published: published)
            let statements = ClaimExtractor().extract(from: article).filter { $0.kind == .statement }
            let found = statements.first { $0.statement?.predicate == predicate }
            #expect(found != nil, "predicates: \(statements.compactMap { $0.statement?.predicate })")
            if let subject { #expect(found?.statement?.subject == subject) }
            return (statements, found)
        }
    }

    static let cases = Case.load("statements-round12")

    @Test func fixtureLoads() {
        #expect(Self.cases.count >= 10)
    }

    @Test(arguments: cases) func findsTheCentralStatement(_ expected: Case) {
        let (statements, found) = expected.expectStatement(published: "2026-06-08")
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

    /// One statement per clause (round 19; until then one per sentence): three coordinated acts are three statements,
    /// in their order, the later ones sharing the first one's subject.
    @Test func oneStatementPerClause() {
        let article = FixtureArticle.make(
            paragraphs: [["Bank in Oslo"], ["The Norwegian lender Fjordbank froze all withdrawals , fired its chief and filed for insolvency ."]],
            language: "en", published: "2026-06-08")
        let statements = ClaimExtractor().extract(from: article).filter { $0.kind == .statement }
        #expect(statements.compactMap { $0.statement?.predicate } == ["halted", "fired", "filed for insolvency"])
        #expect(Set(statements.map { $0.statement?.subject }).count == 1)
    }
}

/// Round 13 (groups13): acts that authorities do (investigations, arrests) take their generic doer as subject when no
/// named party does them, and the families of investigations opened, surrenders and causes. Sentences written for
/// these tests (`Fixtures/statements-round13.json`).
@Suite struct AuthorityActTests {
    static let cases = StatementFamilyTests.Case.load("statements-round13")

    @Test func fixtureLoads() {
        #expect(Self.cases.count >= 10)
    }

    @Test(arguments: cases) func findsTheAct(_ expected: StatementFamilyTests.Case) {
        expected.expectStatement(published: "2027-05-20")
    }

    /// A generic party that is no authority is no doer: an arrest "am Flughafen" is not made by the airport, and an act
    /// that is no authority's (a demand) takes no generic subject.
    @Test(arguments: [
        ("de", "Der Mann wurde im März am Flughafen festgenommen.", "arrested"),
        ("en", "Witnesses demanded answers .", "demanded"),
    ])
    func noGenericDoerBesideAuthorities(language: String, sentence: String, predicate: String) {
        let article = FixtureArticle.make(paragraphs: [["Kelm"], [sentence]], language: language, published: "2027-05-20")
        let statements = ClaimExtractor().extract(from: article).filter { $0.kind == .statement }
        #expect(!statements.contains { $0.statement?.predicate == predicate && $0.statement?.subject != nil },
            "\(statements.map { ($0.statement?.predicate ?? "", $0.statement?.subject ?? "-") })")
    }
}

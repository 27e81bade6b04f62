import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 12b (statements12b): a denial contests the earlier statement it shares words with, or none; an accusation's
/// charged act is its predicate. Sentences written for these tests.
@Suite struct DenialLinkTests {
    /// The predicate of the sentence's statement and, when the last sentence is a denial, the predicate it contests.
    static func statements(_ sentences: [String], language: String) -> [Claim] {
        let article = FixtureArticle.make(paragraphs: [["Dispute in Halden"], sentences], language: language, published: "2026-06-08")
        return ClaimExtractor().extract(from: article).filter { $0.kind == .statement }
    }

    @Test(arguments: [
        ("en", "The Halden union accused the mayor of leaking the audit to the press .", "leaked"),
        ("en", "Critics blamed the minister for obstructing the inquiry into the port .", "obstructed"),
        ("de", "Die Gewerkschaft wirft der Reederei Nordlicht vor, die Warnungen ignoriert zu haben.", "ignored"),
    ])
    func anAccusationTakesTheActItCharges(language: String, sentence: String, predicate: String) {
        let predicates = Self.statements([sentence], language: language).compactMap { $0.statement?.predicate }
        #expect(predicates.first == predicate, "predicates: \(predicates)")
    }

    /// (sentences, predicate the denial must contest, or nil when it contests none)
    @Test(arguments: [
        (["The mayor of Halden demanded new elections in Oslo .", "The council of Halden said the harbour report was nonsense and denied any fraud in the harbour accounts ."], nil as String?),
        (["The union accused the mayor of Halden of fraud .", "The mayor denied it ."], "accused"),
        (["The Halden union accused the mayor of leaking the audit to Oslo .", "The mayor of Halden released the budget for Oslo .", "The mayor denied leaking the audit ."], "leaked"),
        (["The union accused the mayor of Halden of fraud .", "The mayor rejected the accusation , saying every payment had been approved by auditors ."], "accused"),
        // Round 12c: a generic charge and the denier's counsel name nothing of their own; a demonstrative refers back.
        (["Prosecutors in Halden suspect the mayor of siphoning donations .", "His lawyer has denied any wrongdoing ."], "embezzled"),
        (["The general said the army recaptured the harbour of Halden .", "This statement was denied by Norway , whose navy started a counteroffensive ."], "recaptured"),
    ])
    func aDenialContestsTheStatementItNames(sentences: [String], contested: String?) {
        let claims = Self.statements(sentences, language: "en")
        let denial = claims.last { $0.statement?.predicate == "denies" }
        #expect(denial != nil, "predicates: \(claims.compactMap { $0.statement?.predicate })")
        let target = claims.first { $0.id == denial?.statement?.denies }
        #expect(target?.statement?.predicate == contested, "contests \(target?.statement?.predicate ?? "none")")
    }
}

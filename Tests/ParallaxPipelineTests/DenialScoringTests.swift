import Foundation
import ParallaxModel
import Testing

@testable import ParallaxEval

/// How `parallax eval` scores denials (round 14): which statements count as denials and when two names are one party.
@Suite struct DenialScoringTests {
    @Test(arguments: [
        ("northline", "northline grid", true),
        ("trump", "donald trump", true),
        ("Karsenia", "karsenia", true),
        ("carevo holding", "carevo", true),
        ("president", "donald trump", false),
        ("grid", "northline grid operator", false),
        ("police", nil as String?, false),
    ])
    func partiesAgreeWhenOneNameExtendsTheOther(extracted: String, gold: String?, same: Bool) {
        #expect(DenialEvaluation.sameParty(extracted, gold) == same)
    }

    @Test func onlyStatementsThatDenyAreDenials() {
        func statement(_ predicate: String, denies: String? = nil, by party: String? = nil) -> Claim {
            Claim(
                id: "c1", article: "a1", sentence: "a1.s1", text: "…", kind: .statement, subject: nil, attribution: nil,
                statement: Claim.Statement(subject: nil, predicate: predicate, object: nil, denies: denies, deniedBy: party),
                start: 0, end: 1)
        }
        #expect(DenialEvaluation.isDenial(statement("denies")))
        #expect(DenialEvaluation.isDenial(statement("accused", by: "police")))
        #expect(DenialEvaluation.isDenial(statement("said", denies: "c3")))
        #expect(!DenialEvaluation.isDenial(statement("recaptured")))
    }
}

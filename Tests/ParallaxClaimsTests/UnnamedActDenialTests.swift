import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 28 (denials28): a later clause that denies the clause before it, when no predicate of the lexicon names that
/// clause's act (`…; Lindmark denies it`, `…, was die Reederei zurückwies`, `…, a claim the board rejects`): the opening
/// clause is an assertion of its own (`asserted`, its text the clause) and the denial contests it. Sentences written for
/// these tests.
@Suite struct UnnamedActDenialTests {
    /// (language, sentences, whether the last sentence opens with an unnamed act its denial contests, denying party)
    @Test(arguments: [
        ("en", ["A dockers' group says the Lindmark harbour board knew about the cracks for months ; Lindmark denies it ."], true, "lindmark" as String?),
        ("de", ["Nach Angaben der Gewerkschaft war der Kran in Orvik seit Wochen defekt; die Reederei Nordlicht bestreitet das."], true, nil),
        ("de", ["Überlebende erzählten, der Kran in Orvik sei seit Wochen defekt gewesen, was die Reederei Nordlicht zurückwies."], true, nil),
        ("en", ["The dockers say the crane in Orvik had been broken for weeks , a claim the harbour board rejects ."], true, nil),
        ("en", ["The dockers say the crane in Orvik had been broken for weeks , which the harbour board denies ."], true, nil),
        // One clause: the subject and its aside before the verb.
        ("en", ["The union accused the Orvik harbour board of fraud .", "Lars Berg , 58 , who chaired the board for years , denies all charges ."], false, nil),
        // A short opening phrase, a negated denial, a denial whose clause names nothing of its own before the verb.
        ("en", ["The union accused the Orvik harbour board of fraud .", "On Monday , the board denied it ."], false, nil),
        ("de", ["Die Gewerkschaft sagt, der Kran in Orvik sei seit Wochen defekt gewesen; die Reederei bestreitet das nicht."], false, nil),
    ])
    func theClauseBeforeALaterDenialIsItsAssertion(language: String, sentences: [String], unnamed: Bool, party: String?) {
        let claims = DenialLinkTests.statements(sentences, language: language)
        let last = claims.last?.sentence
        let denial = claims.last { $0.statement?.predicate == "denies" && $0.sentence == last }
        let target = claims.first { $0.id == denial?.statement?.denies }
        let summary = claims.map { "\($0.statement?.predicate ?? "") → \($0.statement?.denies ?? "-")" }
        #expect((target?.statement?.predicate == Claim.Statement.unnamedAct) == unnamed, "statements: \(summary)")
        if unnamed {
            #expect(target?.sentence == last)
            #expect(target.map { !$0.text.contains("bestreitet") && !$0.text.contains("denies") && !$0.text.contains("rejects") } == true, "text: \(target?.text ?? "")")
        }
        if let party { #expect(denial?.statement?.deniedBy == party, "denied by \(denial?.statement?.deniedBy ?? "nil")") }
    }
}

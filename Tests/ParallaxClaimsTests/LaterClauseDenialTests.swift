import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 27 (statements27): denials that no first verb of denial opens — a later clause that denies the assertion its
/// sentence opens with (`…, Norwegen bestreitet das`, `…, was die Reederei zurückwies`, `… and denied by the operator`),
/// the fused forms of `zurückweisen` and `abstreiten`, the doer of a denial told in the passive, and a speaker's emphatic
/// negation (`zu keinem Zeitpunkt`, `at no point`). Sentences written for these tests.
@Suite struct LaterClauseDenialTests {
    /// (language, sentences, predicate the denial must contest, or nil when it contests none, denying party)
    @Test(arguments: [
        // A later clause denies the assertion its sentence opens with.
        ("de", ["Die Opposition in Oslo sagt, Norwegen habe die Stadt Lindau zurückerobert, die Regierung in Stockholm bestreitet das."], "recaptured" as String?, nil as String?),
        ("en", ["The union said the Halden company had ignored warnings from Oslo , a charge the company rejected ."], "ignored", nil),
        // The doer of a denial told in the passive.
        ("en", ["Warnings about the Halden dam were ignored by Norway , an allegation first raised by residents and denied by Sweden ."], "ignored", "sweden"),
    ])
    func aLaterClauseDeniesTheSentencesAssertion(language: String, sentences: [String], contested: String?, party: String?) {
        let claims = DenialLinkTests.statements(sentences, language: language)
        let denial = claims.last { $0.statement?.predicate == "denies" }
        #expect(denial != nil, "predicates: \(claims.compactMap { $0.statement?.predicate })")
        let target = claims.first { $0.id == denial?.statement?.denies }
        #expect(target?.statement?.predicate == contested, "contests \(target?.statement?.predicate ?? "none")")
        if let party { #expect(denial?.statement?.deniedBy == party, "denied by \(denial?.statement?.deniedBy ?? "nil")") }
    }

    /// Fused forms of separable verbs of denial (subordinate clause, infinitive after a modal) are denials; turning people
    /// back at a border is not.
    @Test(arguments: [
        ("Der Fischereiverband Lindau erklärte, dass er die Vorwürfe entschieden zurückweist.", true),
        ("Die Reederei Nordlicht will die Vorwürfe der Gewerkschaft zurückweisen.", true),
        ("Die Stadt Lindau hat jede Beteiligung abgestritten.", true),
        ("Die Grenzpolizei in Lindau meldete, dass sie am Wochenende 40 Personen zurückwies.", false),
    ])
    func fusedFormsOfSeparableVerbsOfDenial(sentence: String, isDenial: Bool) {
        let claims = DenialLinkTests.statements([sentence], language: "de")
        #expect(claims.contains { $0.statement?.predicate == "denies" } == isDenial, "predicates: \(claims.compactMap { $0.statement?.predicate })")
    }

    /// A speaker's emphatic negation denies, by that speaker; the same words in the writer's own voice, a plain negation,
    /// and a negation in a clause after the act deny nothing.
    @Test(arguments: [
        ("de", ["Die Staatsanwaltschaft wirft Bürgermeister Lund vor, Geld der Stadt Lindau veruntreut zu haben.", "Sein Anwalt Jens Berg sagte, Lund habe zu keinem Zeitpunkt Geld der Stadt erhalten."], "jens berg" as String?),
        ("en", ["The union accused the Halden police of closing the gate before the match .", "Police chief Anna Holm said the gate had at no point been closed by her officers ."], "anna holm"),
        ("de", ["Die Brücke in Lindau war zu keinem Zeitpunkt gesperrt."], nil),
        ("en", ["Mayor Anna Holm said she had never seen such a flood in Halden ."], nil),
    ])
    func aSpeakersEmphaticNegationDenies(language: String, sentences: [String], party: String?) {
        let claims = DenialLinkTests.statements(sentences, language: language)
        let denial = claims.last { $0.statement?.predicate == "denies" && $0.sentence == claims.last?.sentence }
        if let party {
            #expect(denial?.statement?.deniedBy == party, "statements: \(claims.map { "\($0.statement?.predicate ?? "") \($0.statement?.deniedBy ?? "-")" })")
        } else {
            #expect(denial == nil, "denial by \(denial?.statement?.deniedBy ?? "nil")")
        }
    }

    /// The phrase reader alone.
    @Test(arguments: [
        ("de", "Er habe zu keinem Zeitpunkt davon gewusst .", 2..<5 as Range<Int>?),
        ("en", "It was in no way connected .", 2..<5),
        ("en", "There was no point in waiting .", nil),
        ("de", "Zu keinem , der fragte , sagte er etwas .", nil),
    ])
    func thePhraseReader(language: String, sentence: String, range: Range<Int>?) {
        let tokens = ClaimTokenizer.tokens(of: sentence)
        #expect(DenialNegations.byLanguage[language]?.first(in: tokens) == range)
    }
}

import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 24 (denial24): a denial that points back at what it denies without naming its content (`denied the claim`,
/// `weist das zurück`, `widerspricht dieser Darstellung`) contests the statement of the sentence just before it, a
/// quotation of another party included; one of a charge (`den Vorwurf`) the latest accusation, or none when no
/// accusation was read. Sentences written for these tests.
@Suite struct DenialBackReferenceTests {
    /// (language, sentences, predicate the last sentence's denial must contest, or nil when it contests none)
    @Test(arguments: [
        // A determiner before a noun of a claim, the denial's own reasons sharing no word with the statement.
        ("en", ["Norland's army chief said the port of Halden had been retaken .", "Ostravia denied the claim , saying shelling went on near the lighthouse ."], "recaptured"),
        ("de", ["Nach Angaben der Opposition hat Norwegen die Stadt Lindau am Montag zurückerobert.", "Die Regierung in Oslo wies die Darstellung zurück und verwies auf laufende Prüfungen."], "recaptured"),
        // A pronoun object (`das`) before no capitalised word.
        ("de", ["Nach Angaben der Opposition hat Norwegen die Stadt Lindau am Montag zurückerobert.", "Die Regierung in Oslo bestreitet das entschieden und verweist auf laufende Prüfungen."], "recaptured"),
        // A demonstrative before a quotation of another party in the sentence just before.
        ("de", ["„Die Schleuse in Lindau musste sofort geschlossen werden, es gab keine andere Wahl“, sagte Bürgermeisterin Petra Lindqvist.", "Der Anwohnerverein Lindau widerspricht dieser Darstellung."], "said"),
        ("en", ["“ Closing the lock at Linden was the only safe choice we had , ” said Mayor Petra Lindqvist .", "The residents ' association of Linden disputes this account ."], "said"),
    ])
    func aDenialThatPointsBackContestsTheSentenceBefore(language: String, sentences: [String], contested: String?) {
        let claims = DenialLinkTests.statements(sentences, language: language)
        let denial = claims.last { $0.statement?.predicate == "denies" }
        #expect(denial != nil, "predicates: \(claims.compactMap { $0.statement?.predicate })")
        let target = claims.first { $0.id == denial?.statement?.denies }
        #expect(
            target?.statement?.predicate == contested,
            "contests \(target?.statement?.predicate ?? "none"); statements \(claims.map { "\($0.sentence) \($0.statement?.predicate ?? "")" })")
    }

    /// Back references that must not link: a charge no statement before makes, a denial of something the sentence
    /// before does not say (it names its own content), a relative pronoun `das`.
    @Test(arguments: [
        // `die Vorwürfe` with no accusation read: not the arrest of the sentence before.
        ("de", ["Die Polizei in Lindau nahm am Abend zwei Männer fest.", "Der Fischereiverband Lindau wies die Vorwürfe erneut zurück."], nil as String?),
        ("en", ["Police in Linden arrested two men on Friday evening .", "The fishermen 's association of Linden rejected the allegations ."], nil),
        // A denial that names its own content contests what it names, not the sentence before.
        ("en", ["The Halden union accused the mayor of leaking the audit to Oslo .", "The mayor of Halden released the budget for Oslo .", "The mayor denied leaking the audit ."], "leaked"),
    ])
    func aBackReferenceWithNothingToPointAtLinksNothingElse(language: String, sentences: [String], contested: String?) {
        let claims = DenialLinkTests.statements(sentences, language: language)
        let denial = claims.last { $0.statement?.predicate == "denies" }
        #expect(denial != nil, "predicates: \(claims.compactMap { $0.statement?.predicate })")
        let target = claims.first { $0.id == denial?.statement?.denies }
        #expect(target?.statement?.predicate == contested, "contests \(target?.statement?.predicate ?? "none")")
    }

    /// The reference reader alone: which sentences point back, and which do not.
    @Test(arguments: [
        ("de", "Die Behörde weist das zurück .", DenialBackReferences.Reference?.some(.statement)),
        ("de", "Die Behörde bestreitet das .", .some(.statement)),
        ("de", "Das Amt wies den Vorwurf zurück .", .some(.charge)),
        ("de", "Das Amt wies diese Darstellung zurück .", .some(.statement)),
        // `Das` opening the sentence, `das` before a capitalised noun and a relative `das` are no pronoun objects.
        ("de", "Das Unternehmen Nordlicht widersprach .", nil),
        ("de", "Die Stadt bestreitet das Ausmaß der Schäden .", nil),
        ("de", "Das Amt , das die Zahlen bestreitet , schweigt .", nil),
        ("en", "The ministry rejected the accusation .", .some(.charge)),
        ("en", "The ministry denied this .", .some(.statement)),
        // `said that '…'` is a conjunction before a quotation, not a demonstrative.
        ("en", "The president said that ' everything in Linden ' is nonsense .", nil),
        ("en", "The ministry denied a report from Linden .", nil),
    ])
    func readsBackReferences(language: String, sentence: String, expected: DenialBackReferences.Reference?) {
        let pack = LanguagePack.pack(for: language)
        let tokens = ClaimTokenizer.tokens(of: sentence)
        #expect(pack.denialBackReferences.reference(in: tokens, alone: pack.referringDemonstratives) == expected)
    }
}

import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 31 (status31): a charge reported in a frame whose act no predicate names — the hearsay modal with a perfect
/// infinitive (`soll … vergeben haben`), the adverb and passive of alleging (`allegedly`, `is alleged to`), a verb or noun of
/// charging before its content clause (`allege that`, `its charge that`, `erhebt Vorwürfe: … habe`, `den Vorwurf, … habe`) —
/// is a bare accusation (`accused`) whose subject is the party its charged clause names; a denial of a charge contests it.
/// Sentences written for these tests.
@Suite struct ChargeFrameTests {
    /// (language, sentence, expected subject, or nil for none; the reason's mark)
    @Test(arguments: [
        ("de", "Der Bürgermeister Hans Beispiel soll Aufträge an die Firma seines Bruders vergeben haben.", "hans beispiel" as String?, "hearsay"),
        ("de", "Nach Angaben der Ermittler soll die Reederei Nordlicht die Frachtpapiere gefälscht haben.", "nordlicht", "hearsay"),
        ("de", "Der Kassierer Jan Holm hat angeblich Spenden in die eigene Tasche gesteckt.", "jan holm", "hearsay"),
        ("de", "Die Opposition erhebt schwere Vorwürfe gegen das Ministerium: Die Reederei Nordlicht habe die Zahlen geschönt.", "nordlicht", "charge"),
        ("de", "Der Verband bekräftigte den Vorwurf, die Reederei Nordlicht habe Befunde zurückgehalten.", "nordlicht", "charge"),
        ("en", "The mayor, Hank Sample, allegedly handed contracts to his brother's firm.", "hank sample", "hearsay"),
        // The party before `is alleged` is read as the cue's source (a limit of the attribution, not of the frame): no subject checked.
        ("en", "The Northlight shipping company is alleged to have moved the money abroad.", nil, "hearsay"),
        ("en", "Investigators allege that the Northlight shipping company forged the cargo papers.", "northlight", "charge"),
        ("en", "The union repeated its charge that Northlight had withheld test results.", "northlight", "charge"),
        ("en", "The opposition stood by its accusation that the minister massaged the figures.", nil, "charge"),
    ])
    func aFramedChargeIsABareAccusation(language: String, sentence: String, subject: String?, mark: String) {
        let claims = DenialLinkTests.statements([sentence], language: language)
        let charge = claims.first { $0.statement?.predicate == "accused" }
        #expect(charge != nil, "statements: \(claims.map { $0.statement?.predicate ?? "" })")
        if let subject { #expect(charge?.statement?.subject == subject, "subject: \(charge?.statement?.subject ?? "nil")") }
        #expect(charge?.attribution?.why?.hasPrefix(mark) == true, "why: \(charge?.attribution?.why ?? "nil")")
        #expect(charge?.attribution?.hedged == true)
    }

    /// Plans, states, adjectives and charge nouns without a content clause make no accusation.
    @Test(arguments: [
        ("de", "Der neue Tunnel soll 2030 eröffnet werden."),
        ("de", "Die Strecke soll ab Montag wieder befahrbar sein."),
        ("de", "Die Sanierung soll bis Ende des Jahres erledigt sein."),
        ("de", "Die Vorwürfe wiegen schwer."),
        ("de", "Der angebliche Zeuge meldete sich nicht."),
        ("en", "The alleged attacker was taken to a hospital."),
        ("en", "The charges are serious, a lawyer said."),
        ("en", "The new tunnel is due to open in 2030."),
    ])
    func noFrameNoAccusation(language: String, sentence: String) {
        let claims = DenialLinkTests.statements([sentence], language: language)
        #expect(!claims.contains { $0.statement?.predicate == "accused" }, "statements: \(claims.map { ($0.statement?.predicate ?? "", $0.text) })")
    }

    /// A denial of the charge that follows (`weist die Vorwürfe zurück`, `denied the allegations`) contests the framed charge.
    @Test(arguments: [
        ("de", ["Der Kassierer Jan Holm soll Spenden in die eigene Tasche gesteckt haben.", "Sein Anwalt weist die Vorwürfe zurück."]),
        ("de", ["Die Gewerkschaft erhebt Vorwürfe: Die Reederei Nordlicht habe Warnungen in den Wind geschlagen.", "Die Reederei bestreitet das."]),
        ("en", ["Prosecutors allege that the treasurer, Jan Holm, moved the money abroad.", "His lawyer denied the allegations."]),
        ("en", ["The treasurer, Jan Holm, allegedly moved the money abroad.", "Holm rejected the accusation."]),
    ])
    func theDenialContestsTheFramedCharge(language: String, sentences: [String]) {
        let claims = DenialLinkTests.statements(sentences, language: language)
        let denial = claims.last { $0.statement?.predicate == "denies" }
        let target = claims.first { $0.id == denial?.statement?.denies }
        #expect(target?.statement?.predicate == "accused", "statements: \(claims.map { ($0.id, $0.statement?.predicate ?? "", $0.statement?.denies ?? "-") })")
    }
}

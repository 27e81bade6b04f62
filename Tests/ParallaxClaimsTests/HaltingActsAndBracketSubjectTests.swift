import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 32 (statements32): the class of verbs that stop an operation is the statement `halted` (simple past, participle
/// and separated forms; English phrasal verbs); a separable particle that is also an article or a preposition counts only
/// where it closes its clause; the subject of the German verbal bracket, of a clause whose first party follows its
/// opening, and a kind noun subject; the state passive tells an act without its doer. Sentences and names written for
/// these tests.
@Suite struct HaltingActsAndBracketSubjectTests {
    /// An article that names its parties first, then the sentence under test.
    static func statements(_ sentence: String, language: String) -> [Claim] {
        let introduction = language == "de"
            ? "Der Energiekonzern Korvatec aus Lorbach steht in der Kritik. Auch der Fußballverein SV Lorbach ist betroffen."
            : "The energy company Korvatec of Lorbach is under fire. The football club SV Lorbach is also affected."
        return DenialLinkTests.statements([introduction, sentence], language: language)
            .filter { $0.text.contains(sentence.prefix(12)) }
    }

    /// (language, sentence, subject): a verb of halting is `halted`, by the party that opens its clause.
    @Test(arguments: [
        ("de", "Korvatec hat die Anlage in Lorbach am Montag abgeschaltet.", "korvatec"),
        ("de", "Korvatec schaltete die Pumpen am Dienstag ab.", "korvatec"),
        ("de", "Korvatec stoppte alle Lieferungen nach Lorbach.", "korvatec"),
        ("de", "Korvatec setzte die Lieferungen vorerst aus.", "korvatec"),
        ("de", "Der SV Lorbach stellte den Spielbetrieb ein.", "sv"),
        ("en", "Korvatec switched off the plant in Lorbach on Monday .", "korvatec"),
        ("en", "Korvatec had switched off the X-ray scanner at the depot .", "korvatec"),
        ("en", "Korvatec ceased operations in Lorbach .", "korvatec"),
        ("en", "Korvatec paused all payouts .", "korvatec"),
    ])
    func aVerbOfHaltingIsHalted(language: String, sentence: String, subject: String) throws {
        let claims = Self.statements(sentence, language: language)
        let halted = try #require(claims.first { $0.statement?.predicate == "halted" }, "\(claims.map { $0.statement })")
        #expect(halted.statement?.subject == subject)
    }

    /// A particle that is also an article or a preposition, not closing its clause, makes no separable verb.
    @Test(arguments: [
        ("de", "Korvatec stellt ein neues Modell vor."),
        ("de", "Korvatec setzt auf Strom aus Wind."),
    ])
    func aParticleInsideItsClauseIsNoSeparableVerb(language: String, sentence: String) {
        let predicates = Self.statements(sentence, language: language).compactMap { $0.statement?.predicate }
        #expect(!predicates.contains("halted"), "predicates: \(predicates)")
    }

    /// (sentence, predicate, subject): a name before a finite auxiliary is the subject of the participle at the clause's
    /// end; a party inside the bracket is the object.
    @Test(arguments: [
        ("Korvatec hat die Warnungen ignoriert.", "ignored", "korvatec"),
        ("Korvatec hat Jens Moll entlassen.", "fired", "korvatec"),
        ("Der Verein hat Jens Moll bis auf Weiteres suspendiert.", "suspended", "sv lorbach"),
    ])
    func theVerbalBracketKeepsItsSubject(sentence: String, predicate: String, subject: String) throws {
        let claims = Self.statements(sentence, language: "de")
        let act = try #require(claims.first { $0.statement?.predicate == predicate }, "\(claims.map { $0.statement })")
        #expect(act.statement?.subject == subject)
    }

    /// (sentence, predicate): the state passive (`war … abgeschaltet`) asserts the act without a party.
    @Test(arguments: [
        ("Die Sprinkleranlage war abgeschaltet.", "halted"),
        ("Das Werk ist seit Montag stillgelegt.", "closed"),
    ])
    func theStatePassiveAssertsTheAct(sentence: String, predicate: String) {
        let predicates = Self.statements(sentence, language: "de").compactMap { $0.statement?.predicate }
        #expect(predicates.contains(predicate), "predicates: \(predicates)")
    }
}

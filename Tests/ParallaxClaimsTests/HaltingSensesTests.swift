import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 33 (statements33): a verb that stops an operation (`halted`) stands in another sense with a reflexive or a person
/// as its object, as an adjectival participle, or with a list or a text as the source of a deletion (``HaltingSenses``);
/// the participle of `Insolvenz anmelden` files for insolvency; a denial names the assertion it contests by the head of
/// its compound. Sentences and names written for these tests.
@Suite struct HaltingSensesTests {
    /// (language, sentence): the verb of halting in another sense makes no `halted` statement.
    @Test(arguments: [
        ("de", "Die Gewerkschaft Verdi stellt sich auf einen langen Streik ein."),
        ("de", "Korvatec hat sich rasch auf die neue Lage eingestellt."),
        ("de", "Korvatec stellte im Mai 50 neue Mitarbeiter ein."),
        ("de", "Der Fahrer von Korvatec setzte mich an der Grenze bei Lorbach aus."),
        ("de", "Der Zaun vor dem Werk von Korvatec ist frisch gestrichen."),
        ("de", "Im Werk von Korvatec ist die Heizung auf 20 Grad eingestellt."),
        ("de", "Die Behörde hat Korvatec im Mai von der Sanktionsliste gestrichen."),
        ("en", "Police stopped him at the gate of the Korvatec plant ."),
        ("en", "The discontinued model of Korvatec sold well ."),
        ("en", "The Korvatec turbine switched itself off on Monday ."),
    ])
    func anotherSenseIsNotHalted(language: String, sentence: String) {
        let predicates = HaltingActsAndBracketSubjectTests.statements(sentence, language: language)
            .compactMap { $0.statement?.predicate }
        #expect(!predicates.contains("halted"), "predicates: \(predicates)")
    }

    /// (language, sentence): an operation, a payment or a plant as the object stays `halted` — a dative person beside
    /// it included (`hat Verdi die Zuschüsse gestrichen`), and the process passive of a participle whose state is
    /// another sense (`wurden eingestellt`).
    @Test(arguments: [
        ("de", "Korvatec stellte den Betrieb im Werk Lorbach ein."),
        ("de", "Korvatec hat die Zahlungen an Lorbach gestrichen."),
        ("de", "Korvatec hat dem SV Lorbach die Zuschüsse gestrichen."),
        ("de", "Korvatec schaltete die Anlage am Montag ab."),
        ("de", "Korvatec stellte ihn am Montag ein."),
        ("en", "Korvatec stopped all payouts on Monday ."),
        ("en", "Korvatec scrapped the project in Lorbach ."),
    ])
    func anOperationIsHalted(language: String, sentence: String) {
        let predicates = HaltingActsAndBracketSubjectTests.statements(sentence, language: language)
            .compactMap { $0.statement?.predicate }
        #expect(predicates.contains("halted"), "predicates: \(predicates)")
    }

    /// The participle of a separable verb files for insolvency like its finite forms, before a second act.
    @Test func theParticipleOfASeparableVerbNamesItsAct() {
        let predicates = HaltingActsAndBracketSubjectTests.statements(
            "Korvatec hat Insolvenz angemeldet und alle Lieferungen gestrichen.", language: "de"
        ).compactMap { $0.statement?.predicate }
        #expect(predicates.first == "filed for insolvency", "predicates: \(predicates)")
    }

    /// (sentence, predicates): a phrase of a noun and its participle closes the verbal bracket with words between
    /// (`hat gestern Insolvenz beantragt`), and a coordinated clause that ends in its participle shares the first
    /// clause's auxiliary and subject.
    @Test(arguments: [
        ("Korvatec hat gestern Insolvenz beantragt.", ["filed for insolvency"]),
        ("Korvatec hat am Montag Klage eingereicht.", ["sued"]),
        ("Korvatec hat am Montag alle Auszahlungen gestoppt und am Nachmittag beim Amtsgericht Insolvenz beantragt.",
         ["halted", "filed for insolvency"]),
    ])
    func aNounAndItsParticipleCloseTheBracket(sentence: String, predicates: [String]) {
        let claims = HaltingActsAndBracketSubjectTests.statements(sentence, language: "de")
        #expect(claims.compactMap { $0.statement?.predicate } == predicates, "\(claims.map { $0.statement })")
        #expect(claims.allSatisfy { $0.statement?.subject == "korvatec" })
    }

    /// A denial that shares no word with the assertion names it by its compound's head (`die Anlage` for `die
    /// Sprinkleranlage`), past a quotation in between.
    @Test func aDenialNamesItsAssertionByTheCompoundsHead() throws {
        let claims = DenialLinkTests.statements([
            "Der Logistiker Korvatec betreibt die Halle am Hafen.",
            "Nach Angaben der Feuerwehr war die Sprinkleranlage der Halle abgeschaltet.",
            "„Das hat den Brand erst möglich gemacht“, sagte Feuerwehrsprecher Jens Moll.",
            "Korvatec widersprach: Die Anlage sei erst im März gewartet worden.",
        ], language: "de")
        let halted = try #require(claims.first { $0.statement?.predicate == "halted" }, "\(claims.map { $0.statement })")
        let denial = try #require(claims.first { $0.statement?.predicate == "denies" }, "\(claims.map { $0.statement })")
        #expect(denial.statement?.denies == halted.id)
    }
}

import Foundation
import ParallaxModel
import Testing
@testable import ParallaxClaims

/// The acts of a sentence's clauses (``StatementFinder/furtherActs(after:among:_:)``) and the party that opens a clause
/// (``StatementFinder/clauseSubject(ofPredicateAt:in:allowBareName:isDenial:)``): two coordinated acts are two statements,
/// an act whose doer the attribution reads as the speaker keeps that doer as subject, and a denial names the party
/// before its verb. Sentences written for this test.
@Suite struct ClauseActTests {
    static func statements(_ paragraphs: [[String]], language: String) -> [Claim.Statement] {
        let article = FixtureArticle.make(paragraphs: [["Meldung"]] + paragraphs, language: language, published: "2027-03-02")
        return ClaimExtractor().extract(from: article).filter { $0.kind == .statement }.compactMap(\.statement)
    }

    /// Two acts joined by a coordinator, a comma or a complementizer are two statements, each with its predicate.
    @Test(arguments: [
        ("de", "Die Polizei in Belgien nahm zwei Männer fest und durchsuchte mehrere Wohnungen.", ["arrested", "searched"]),
        ("de", "Die Börse Tarnwerk stoppt in Polen alle Auszahlungen und meldet Insolvenz an.", ["halted", "filed for insolvency"]),
        ("en", "Police in Belgium arrested two men and confiscated weapons.", ["arrested", "seized"]),
        ("en", "The Tarnwerk exchange in Poland freezes withdrawals, files for insolvency.", ["halted", "filed for insolvency"]),
        ("en", "Inspectors in Poland found cracks in the dam and that Tarnwerk had postponed repairs.", ["found", "postponed"]),
    ])
    func coordinatedActsAreTwoStatements(language: String, sentence: String, predicates: [String]) {
        let found = Self.statements([[sentence]], language: language).map(\.predicate)
        #expect(found == predicates, "\(found)")
    }

    /// A participle that qualifies a noun (`files seized by Israel`), a noun of the act after a determiner and a
    /// negated act are no act of their own clause.
    @Test(arguments: [
        ("en", "Officials in Poland confirmed that thousands of files seized by the police were genuine.", "seized"),
        ("de", "Die Regierung in Polen bestätigte den Einsatz und die Entsendung von Soldaten.", "deployed"),
        ("en", "Police in Belgium arrested two men and did not search the flat.", "searched"),
    ])
    func noActOfItsOwn(language: String, sentence: String, predicate: String) {
        let found = Self.statements([[sentence]], language: language).map(\.predicate)
        #expect(!found.contains(predicate), "\(found)")
    }

    /// The party that opens the act's clause is its subject, even when it also speaks in the sentence, and a name no
    /// gazetteer knows serves where only names are capitalised.
    @Test(arguments: [
        ("en", "Energy Minister Colm Ferriter ordered an inquiry and said the grid had failed.", "ordered", "colm ferriter"),
        ("en", "Brannholt has admitted that a valve failed on Saturday.", "admitted", "brannholt"),
    ])
    func clauseOpenerIsTheSubject(language: String, sentence: String, predicate: String, subject: String) {
        let found = Self.statements([[sentence]], language: language)
        #expect(found.contains { $0.predicate == predicate && $0.subject == subject }, "\(found)")
    }

    /// Where nouns are capitalised, an adverb or a noun before the verb is no party (`Damit bestätigt …`,
    /// `Forscher entdeckten …`), and a clause that opens after a coordinator of nouns names none either.
    @Test(arguments: [
        "Damit bestätigt die Studie frühere Befunde.",
        "Forscher entdeckten Spuren eines Tempels.",
        "Die Beamten hätten Pistolen, Messer und Feuerwerkskörper beschlagnahmt.",
    ])
    func noPartyOutOfAnAdverbOrNoun(sentence: String) {
        let subjects = Self.statements([[sentence]], language: "de").compactMap(\.subject)
        #expect(!subjects.contains { ["damit", "forscher", "feuerwerkskörper", "messer"].contains($0) }, "\(subjects)")
    }

    /// A denial names the party before its verb, also one no gazetteer knows (`Tarnwerk weist das zurück`), and not
    /// an adverb that fills the place before the verb (`Allerdings dementierte …`).
    @Test(arguments: [
        ("de", "Die Gewerkschaft wirft Tarnwerk vor, die Löhne gekürzt zu haben.", "Tarnwerk weist das zurück.", "tarnwerk"),
        ("de", "Die Gewerkschaft wirft Tarnwerk vor, die Löhne gekürzt zu haben.", "Tarnwerk dementierte.", "tarnwerk"),
        ("en", "The union accused Tarnwerk of cutting wages.", "Tarnwerk denied that.", "tarnwerk"),
    ])
    func denialNamesThePartyBeforeItsVerb(language: String, charge: String, denial: String, party: String) {
        let found = Self.statements([[charge, denial]], language: language).filter { $0.predicate == "denies" }
        #expect(found.map(\.deniedBy) == [party], "\(found)")
    }

    @Test func adverbBeforeDenialIsNoParty() {
        let found = Self.statements(
            [["Die Gewerkschaft wirft Tarnwerk vor, die Löhne gekürzt zu haben.", "Allerdings dementierte die Firma."]], language: "de"
        ).filter { $0.predicate == "denies" }
        #expect(!found.contains { $0.deniedBy == "allerdings" }, "\(found)")
    }
}

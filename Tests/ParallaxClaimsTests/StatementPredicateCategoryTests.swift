import Foundation
import ParallaxModel
import Testing
@testable import ParallaxClaims

/// The acts news reports as central statements, written out by category of news event in `predicates.txt` and
/// `separable-predicates.txt` (violence, justice, politics, economy, disasters, speech acts): the German and the
/// English form of one act give the same canonical predicate, so that statements of both languages group.
/// Sentences written for this test.
@Suite struct StatementPredicateCategoryTests {
    static func predicates(_ sentence: String, language: String) -> [String] {
        let article = FixtureArticle.make(paragraphs: [["Meldung"], [sentence]], language: language, published: "2027-03-02")
        return ClaimExtractor().extract(from: article).filter { $0.kind == .statement }.compactMap { $0.statement?.predicate }
    }

    @Test(arguments: [
        // Violence and security.
        ("de", "Bewaffnete haben in Nigeria einen Konvoi überfallen.", "attacked"),
        ("en", "Gunmen assaulted a convoy in Nigeria.", "attacked"),
        ("de", "Die Armee von Russland beschoss am Montag Grenzdörfer in Polen.", "shelled"),
        ("en", "The army shelled border villages in Poland.", "shelled"),
        ("de", "In Nigeria wurden zwei Entwicklungshelfer entführt.", "kidnapped"),
        ("en", "Two aid workers were abducted in Nigeria.", "kidnapped"),
        ("de", "Spezialkräfte stürmten in Belgien eine Wohnung.", "stormed"),
        ("en", "Special forces stormed a flat in Belgium.", "stormed"),
        // Law and justice.
        ("de", "Ein Gericht in Polen hat den früheren Minister freigesprochen.", "acquitted"),
        ("en", "A court in Poland acquitted the former minister.", "acquitted"),
        ("de", "Die Ermittler durchsuchten in Italien mehrere Büros.", "searched"),
        ("de", "Die Staatsanwaltschaft hat in Ungarn Anklage erhoben.", "charged"),
        ("en", "The former mayor was charged with fraud in Hungary.", "charged"),
        // Politics.
        ("de", "Das Parlament in Schweden hat das Gesetz gebilligt.", "approved"),
        ("en", "The parliament in Sweden approved the law.", "approved"),
        ("de", "Der Präsident von Italien hat die Regierungschefin ernannt.", "appointed"),
        ("en", "The president of Italy appointed a new prime minister.", "appointed"),
        ("de", "Die Regierung von Ungarn hat den Notstand ausgerufen.", "declared emergency"),
        ("en", "Hungary declared a state of emergency.", "declared emergency"),
        // Economy.
        ("de", "Der Hersteller kündigte in Schweden einen Stellenabbau an.", "cut jobs"),
        ("en", "The carmaker laid off workers in Sweden.", "cut jobs"),
        // Disasters and health.
        ("de", "In Indien ist ein Zug entgleist.", "derailed"),
        ("en", "A train derailed in India.", "derailed"),
        ("de", "Vor der Küste Libyens ist ein Boot gekentert.", "capsized"),
        ("en", "A boat capsized off Libya.", "capsized"),
        // Speech acts that assert.
        ("de", "Die Regierung in Belgien hat Fehler zugegeben.", "admitted"),
        ("en", "The carmaker apologised to customers in Belgium.", "apologised"),
    ])
    func actHasItsCanonicalPredicate(language: String, sentence: String, predicate: String) {
        let found = Self.predicates(sentence, language: language)
        #expect(found.contains(predicate), "\(found)")
    }

    /// Forms whose everyday sense is no act of the category stay out of the lexicon: taking over costs or an office is
    /// no acquisition, and a warning told as the background of a charge (`warnte …, wurde aber ignoriert`) leaves the
    /// charge its predicate.
    @Test(arguments: [
        ("de", "Österreich hat die Kosten für die Einsätze in Serbien übernommen.", "acquired"),
        ("en", "Austria took over the presidency of the council in Serbia.", "acquired"),
        ("de", "Ein Gutachten aus Bayern hatte gewarnt, es wurde aber in Tirol ignoriert.", "warned"),
        ("en", "Scientists in Iceland warned the government, and they were ignored.", "warned"),
    ])
    func everydaySenseMakesNoStatement(language: String, sentence: String, predicate: String) {
        let found = Self.predicates(sentence, language: language)
        #expect(!found.contains(predicate), "\(found)")
    }
}

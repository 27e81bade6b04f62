import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// How a source that is an institution is named (round 25, docs/VOCABULARY.md "Sources"): a German hospital named after its
/// place keeps its kind (`Kreiskrankenhaus Oberwald` → oberwald hospital, as `the Oberwald hospital`); authorities and
/// ministries go by their English function (`Fischereiministerium` → fisheries ministry); a body named by its kind and then,
/// without brackets, by a short form in capitals goes by the short form, while a state's body keeps its canonical name and
/// words in capitals after a word in capitals are no short form.
/// Sentences written for these tests.
@Suite struct InstitutionNamingTests {
    private func source(_ sentences: [String], language: String = "de", value: Double) throws -> String? {
        let article = FixtureArticle.make(paragraphs: [["Meldung"], sentences], language: language, published: "2026-06-08")
        let claim = try #require(ClaimExtractor().extract(from: article).first { $0.quantity?.value == value })
        return claim.attribution?.source
    }

    @Test(arguments: [
        ("Das Kreiskrankenhaus Oberwald nahm 17 Verletzte auf, sagte ein Sprecher der Klinik.", "oberwald hospital"),
        ("17 Verletzte werden noch behandelt, wie die Klinik Sankt Wendelin mitteilte.", "sankt wendelin hospital"),
        ("Nach Angaben des Klinikums Hallenbrück werden 17 Patienten beatmet.", "hallenbrück hospital"),
    ])
    func hospitalKeepsItsKind(sentence: String, expected: String) throws {
        #expect(try source([sentence], value: 17) == expected)
    }

    @Test(arguments: [
        ("Nach Angaben des Fischereiministeriums wurden 17 Kutter kontrolliert.", "fisheries ministry"),
        ("Die Strecke bleibt nach Angaben der Straßenbehörde für 17 Tage gesperrt.", "road authority"),
        ("Nach Messungen des Landesumweltamts ist der Pegel um 17 Zentimeter gefallen.", "environment agency"),
        ("Betroffen sind nach Angaben der Winzergenossenschaft 17 Betriebe.", "winegrowers' cooperative"),
    ])
    func authorityByFunction(sentence: String, expected: String) throws {
        #expect(try source([sentence], value: 17) == expected)
    }

    @Test(arguments: [
        ("de", ["Nach Angaben der Lebensmittelbehörde LSB wurden 17 Proben beanstandet."], "lsb"),
        ("de", ["Die Katastrophenschutzbehörde KSB zählte bis zum Abend 17 Tote."], "ksb"),
        ("de", ["Die Lebensmittelbehörde LSB prüft den Betrieb.", "Nach Einschätzung der Behörde sind 17 Proben belastet."], "lsb"),
    ])
    func shortFormWithoutBrackets(language: String, sentences: [String], expected: String) throws {
        #expect(try source(sentences, language: language, value: 17) == expected)
    }

    /// A body's kind with no short form keeps its function.
    @Test func kindWithoutShortForm() throws {
        #expect(try source(["Nach Angaben der Lebensmittelbehörde wurden 17 Proben beanstandet."], value: 17) == "food safety authority")
    }

    /// Words in capitals after a body written in capitals are shouting, not a short form.
    @Test func shoutingIsNoShortForm() throws {
        let article = FixtureArticle.make(
            paragraphs: [["POLICE SAY 17 DEAD IN CRASH"], ["At least 17 people died in the crash, the police said."]],
            language: "en", published: "2026-06-08")
        let claims = ClaimExtractor().extract(from: article).filter { $0.quantity?.value == 17 && $0.text.contains("people") }
        #expect(!claims.isEmpty)
        #expect(claims.allSatisfy { $0.attribution?.source == "police" })
    }
}

import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A body named by its kind and a complement (round 27, docs/VOCABULARY.md "Conventions added by the claims stage, round
/// 27"): `des Fachverbands der Papierindustrie`, `des Amts für Wasserwirtschaft`, `the Institute for Coastal Studies` are
/// one body's name, the source's label, not the generic kind (`association`, `officials`, `agency`); an owner after an
/// authority (`die Behörden des Landes`), a complement the gazetteer knows as a party (`der Polizei`) and a kind written in
/// lower case in English stay as before. Sentences written for these tests.
@Suite struct ComplementNamedBodyTests {
    private func source(_ sentences: [String], language: String = "de", value: Double) throws -> String? {
        let article = FixtureArticle.make(paragraphs: [["Meldung"], sentences], language: language, published: "2026-06-08")
        let claim = try #require(ClaimExtractor().extract(from: article).first { $0.quantity?.value == value })
        return claim.attribution?.source
    }

    @Test(arguments: [
        ("de", "Nach Angaben des Fachverbands der Papierindustrie sank der Absatz um 17 Prozent.", "fachverband der papierindustrie"),
        ("de", "Laut einer Erhebung des Instituts für Bodenkunde sind 17 Prozent der Äcker belastet.", "institut für bodenkunde"),
        ("de", "Nach Zahlen des Amts für Wasserwirtschaft führen 17 Brunnen kein Wasser mehr.", "amt für wasserwirtschaft"),
        ("de", "Die Gewerkschaft der Fluglotsen teilte mit, 17 Schichten seien ausgefallen.", "gewerkschaft der fluglotsen"),
        ("en", "The Institute for Coastal Studies said 17 beaches had been closed.", "institute for coastal studies"),
        ("en", "According to the Association of Ferry Operators, 17 crossings were cancelled.", "association of ferry operators"),
    ])
    func kindWithComplementIsAName(language: String, sentence: String, expected: String) throws {
        #expect(try source([sentence], language: language, value: 17) == expected)
    }

    /// An office named by its function before keeps it; a later `Amt` with a complement is a new body, not a back reference.
    @Test func officeWithComplementIsNoBackReference() throws {
        let sentences = ["Die Polizei nahm 4 Verdächtige fest.", "Nach Zahlen des Amts für Statistik wohnen 17 Familien im Ort."]
        #expect(try source(sentences, value: 17) == "amt für statistik")
    }

    @Test(arguments: [
        ("de", "Nach Angaben der Behörden des Landes wurden 17 Häuser geräumt.", "officials"),
        ("de", "Nach Angaben der Gewerkschaft der Polizei waren 17 Beamte im Einsatz.", "union"),
        ("en", "According to the union of dock workers, 17 cranes stood idle.", "union"),
    ])
    func noNameOfItsOwn(language: String, sentence: String, expected: String) throws {
        #expect(try source([sentence], language: language, value: 17) == expected)
    }
}

import Testing
import ParallaxModel
@testable import ParallaxClaims

/// One short article (paragraphs of sentences) and the source expected for one of its numbers.
struct BackReferenceCase: Sendable, CustomTestStringConvertible {
    var language: String
    var paragraphs: [[String]]
    var value: Double
    var source: String?
    var testDescription: String { "\(language): \(paragraphs.joined().joined(separator: " "))" }
}

/// Sources that refer back to a body named earlier (`die Behörde`, `the agency`), sources after
/// the clause, and reported speech that opens the next paragraph; invented sentences.
@Suite struct BackReferenceTests {
    static let cases: [BackReferenceCase] = [
        .init(language: "de", paragraphs: [[
            "Das Veterinäramt der Stadt Olmbach hat 17 Verdachtsfälle geprüft, wie die Behörde am Freitag mitteilte.",
        ]], value: 17, source: "veterinary office"),
        .init(language: "de", paragraphs: [
            ["Das Landesumweltamt warnte vor Hochwasser."],
            ["Nach Angaben des Amtes stiegen die Pegel um 40 Zentimeter."],
        ], value: 40, source: "environment agency"),
        .init(language: "de", paragraphs: [
            ["Die Hafenbehörde zählte am Morgen 12 wartende Schiffe."],
            ["Die Gewerkschaft HLV fordert mehr Lohn.", "Jeder Tag koste nach Schätzung der Behörde 2 Millionen Euro."],
        ], value: 2_000_000, source: "port authority"),
        .init(language: "en", paragraphs: [[
            "The Marlow Water Office issued a warning.",
            "More than 300 homes were without water, the office said.",
        ]], value: 300, source: "marlow water office"),
        .init(language: "en", paragraphs: [[
            "At least 14 people died in the fire, civil protection officials said.",
        ]], value: 14, source: "civil protection"),
        .init(language: "de", paragraphs: [[
            "Der Zivilschutz zählt bislang mindestens 21 Todesopfer.",
        ]], value: 21, source: "civil protection"),
        .init(language: "de", paragraphs: [
            ["Die Staatsanwaltschaft wirft dem Landrat Bestechlichkeit vor."],
            ["Er soll 30.000 Euro angenommen haben."],
        ], value: 30_000, source: "prosecutors"),
        .init(language: "de", paragraphs: [
            ["Die Staatsanwaltschaft wirft dem Landrat Bestechlichkeit vor."],
            ["Der Prozess beginnt im Mai.", "Geladen sind 40 Zeugen."],
        ], value: 40, source: nil),
    ]

    @Test(arguments: cases) func resolves(_ expected: BackReferenceCase) throws {
        let article = FixtureArticle.make(
            paragraphs: [["Titel"]] + expected.paragraphs, language: expected.language, published: "2026-06-08")
        let claims = ClaimExtractor().extract(from: article)
        let claim = try #require(claims.first { $0.quantity?.value == expected.value || $0.quantity?.low == expected.value })
        #expect(claim.attribution?.source == expected.source, "why: \(claim.attribution?.why ?? "none")")
    }
}

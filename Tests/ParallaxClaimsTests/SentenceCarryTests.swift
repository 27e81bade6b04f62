import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A measure carried into the next sentence stops at a count of a noun of its own, unless the sentence refers back to the
/// count before — the same counted noun (or, in German, a compound ending in it), a part opener, or the same number restated
/// (round 18, measure18b). Sentences written for these tests from general knowledge of both languages.
@Suite struct SentenceCarryTests {
    /// Two sentences of one paragraph and the measure expected for the figure `value` of the second.
    struct Case: Sendable, CustomTestStringConvertible {
        var language: String
        var sentences: [String]
        var value: Double
        var measure: String?
        var testDescription: String { "\(language): \(sentences.joined(separator: " "))" }
    }

    static let cases: [Case] = [
        // A new count with its own noun and verb: not the toll, the injured or the arrested of the sentence before.
        .init(
            language: "de",
            sentences: [
                "Bei dem Brand kamen vier Menschen ums Leben.",
                "Zur Zeit des Feuers hielten sich rund 120 Gäste im Hotel auf.",
            ],
            value: 120, measure: nil),
        .init(
            language: "de",
            sentences: [
                "Bei dem Brand kamen vier Menschen ums Leben.", "Das Hotel hatte zu dieser Zeit rund 120 Gäste.",
            ],
            value: 120, measure: nil),
        .init(
            language: "de",
            sentences: [
                "Die Polizei nahm 14 Demonstranten fest.",
                "Insgesamt beteiligten sich rund 3.000 Menschen an dem Protest.",
            ],
            value: 3000, measure: nil),
        .init(
            language: "en",
            sentences: ["Four people were killed in the fire.", "The hotel had about 120 guests at the time."],
            value: 120, measure: nil),
        // A part of the count before (part opener) still undergoes what it underwent.
        .init(
            language: "de",
            sentences: ["Bei dem Unglück kamen 31 Menschen ums Leben.", "Unter ihnen waren auch acht Kinder."],
            value: 8, measure: "killed"),
        .init(
            language: "en",
            sentences: ["At least 31 people were killed in the attack.", "Among them were eight children."],
            value: 8, measure: "killed"),
        // Another figure for the same things is a second account of the same event.
        .init(
            language: "de",
            sentences: [
                "Die Polizei nahm 14 Demonstranten fest.", "Nach Angaben der Veranstalter waren es 20 Demonstranten.",
            ],
            value: 20, measure: "arrested"),
        .init(
            language: "en",
            sentences: ["Police arrested 14 protesters on Saturday.", "Organisers said 20 protesters had been held."],
            value: 20, measure: "arrested"),
        .init(
            language: "de",
            sentences: ["Bei dem Feuer wurden 40 Wohnungen zerstört.", "Die Versicherung zählt 55 Mietwohnungen."],
            value: 55, measure: "destroyed"),
    ]

    @Test(arguments: cases) func carries(_ expected: Case) throws {
        let headline = expected.language == "de" ? "Meldung" : "Report"
        let article = FixtureArticle.make(
            paragraphs: [[headline], expected.sentences], language: expected.language, published: "2026-06-08")
        let claims = ClaimExtractor().extract(from: article)
        let claim = try #require(
            claims.first { $0.quantity?.value == expected.value }, "no claim for \(expected.value)")
        #expect(claim.measure == expected.measure)
    }
}

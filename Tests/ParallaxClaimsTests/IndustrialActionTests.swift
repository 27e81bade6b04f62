import Testing
import ParallaxModel
@testable import ParallaxClaims

/// People counted by their trade in a sentence of a strike are `worker`s; people by no trade stay `person`s
/// (`IndustrialAction.swift`, `industrial-action.txt`). Sentences written for these tests.
@Suite struct IndustrialActionTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var language: String
        var sentence: String
        var value: Double
        var unit: String?
        var testDescription: String { "\(language): \(sentence)" }
    }

    static let cases: [Case] = [
        .init(language: "de", sentence: "Rund 2.400 Busfahrerinnen und Busfahrer streiken seit Montag.", value: 2400, unit: "worker"),
        .init(language: "de", sentence: "Mehr als 900 Ärzte legten am Dienstag die Arbeit nieder.", value: 900, unit: "worker"),
        .init(language: "de", sentence: "Am Warnstreik beteiligten sich 1.200 Pflegerinnen.", value: 1200, unit: "worker"),
        .init(language: "en", sentence: "About 3,000 nurses joined the walkout on Monday.", value: 3000, unit: "worker"),
        .init(language: "en", sentence: "More than 700 pilots went on strike.", value: 700, unit: "worker"),
        // People by no trade stay persons in a sentence of a strike.
        .init(language: "de", sentence: "Wegen des Streiks warteten 5.000 Fahrgäste vergeblich.", value: 5000, unit: "passenger"),
        .init(language: "en", sentence: "The strike left 40,000 residents without buses.", value: 40000, unit: "person"),
        // A list of kinds counts persons; paired forms of one trade do not make a list.
        .init(language: "en", sentence: "During the strike 600 teachers and parents rallied.", value: 600, unit: "person"),
        // No strike in the sentence, or a strike of another kind.
        .init(language: "en", sentence: "About 3,000 nurses attended the congress.", value: 3000, unit: "person"),
        .init(language: "en", sentence: "An air strike killed 12 teachers.", value: 12, unit: "person"),
        .init(language: "en", sentence: "Some 40 prisoners are on hunger strike.", value: 40, unit: "person"),
    ]

    @Test(arguments: cases) func units(_ expected: Case) throws {
        let article = FixtureArticle.make(
            paragraphs: [[expected.language == "de" ? "Meldung" : "Report"], [expected.sentence]], language: expected.language,
            published: "2026-06-08")
        let claim = try #require(ClaimExtractor().extract(from: article).first { $0.quantity?.value == expected.value })
        #expect(claim.quantity?.unit == expected.unit)
    }

    /// A headline of a strike reaches the article's later sentences; a headline of no strike does not.
    @Test(arguments: [("Pilots strike at Norvia Air", "worker"), ("Norvia Air expands its fleet", "person")])
    func headline(_ headline: String, _ unit: String) throws {
        let article = FixtureArticle.make(
            paragraphs: [[headline], ["About 900 pilots took part on Monday."]], language: "en", published: "2026-06-08")
        let claim = try #require(ClaimExtractor().extract(from: article).first { $0.quantity?.value == 900 })
        #expect(claim.quantity?.unit == unit)
    }

    @Test func lexiconsLoad() {
        for language in ["de", "en"] {
            let action = LanguagePack.pack(for: language).industrialAction
            #expect(!action.generic.isEmpty || !action.genericStarts.isEmpty)
        }
        #expect(LanguagePack.pack(for: "de").industrialAction.parts.contains("streik"))
        #expect(LanguagePack.pack(for: "en").industrialAction.notAfter.contains("air"))
    }
}

import Testing
import ParallaxModel
@testable import ParallaxClaims

/// One sentence with the claim expected for one of its numbers: measure, unit, source and hedging.
struct ClaimCase: Sendable, CustomTestStringConvertible {
    var language: String
    var sentence: String
    var value: Double
    var unit: String?
    var measure: String?
    var source: String?
    var hedged = false
    var testDescription: String { "\(language): \(sentence)" }

    /// The claim for ``value`` in an article whose headline is `headline` and whose body is ``sentence`` alone, dated
    /// 8 June 2026: the first claim whose quantity's value is ``value`` or, for each of `bounds`, whose bound is.
    func claim(alsoMatching bounds: [KeyPath<Quantity, Double?>] = [], headline: String = "Titel") throws -> Claim {
        let article = FixtureArticle.make(paragraphs: [[headline], [sentence]], language: language, published: "2026-06-08")
        let claims = ClaimExtractor().extract(from: article)
        return try #require(
            claims.first { claim in
                guard let quantity = claim.quantity else { return false }
                return quantity.value == value || bounds.contains { quantity[keyPath: $0] == value }
            },
            "no claim for \(value)")
    }
}

/// Sentences in the vocabulary of stories the round-1 lexicons never saw (outbreaks, strikes,
/// earthquakes, trials), written for these tests from general knowledge of both languages.
@Suite struct GeneralisationTests {
    static let cases: [ClaimCase] = [
        .init(language: "en", sentence: "The health ministry said 63 cases had been confirmed.", value: 63, unit: "case",
              measure: "infected", source: "health ministry"),
        .init(language: "de", sentence: "Nach Angaben des Zivilschutzes kamen mindestens 38 Menschen ums Leben.", value: 38,
              unit: "person", measure: "killed", source: "civil protection"),
        .init(language: "de", sentence: "Laut dem Seismologischen Institut lag das Zentrum in 12 Kilometern Tiefe.", value: 12,
              unit: "kilometre", measure: "distance", source: "seismological institute"),
        .init(language: "de", sentence: "Betroffen sind laut Norrbana rund 310.000 Fahrgäste am Tag.", value: 310_000,
              unit: "passenger", measure: "affected", source: "norrbana"),
        .init(language: "de", sentence: "Nach Angaben des Gesundheitsamts liegen elf Patienten im Krankenhaus.", value: 11,
              unit: "patient", source: "gesundheitsamt"),
        .init(language: "en", sentence: "More than 1,500 buildings collapsed, according to the cave rescue team.", value: 1500,
              unit: "building", measure: "destroyed", source: "cave rescue team"),
        .init(language: "de", sentence: "Mehr als 900 Tote und Verletzte wurden gezählt.", value: 900, unit: "person",
              measure: "killed or wounded"),
        .init(language: "en", sentence: "The quake killed at least 38 people, injuring more than 400.", value: 38,
              unit: "person", measure: "killed"),
        .init(language: "de", sentence: "Ein Erdbeben der Stärke 6,7 hat die Region erschüttert.", value: 6.7, measure: "size"),
        .init(language: "en", sentence: "A magnitude 6.7 earthquake struck the region.", value: 6.7, measure: "size"),
        .init(language: "en", sentence: "The union wants a seven percent pay rise.", value: 7, unit: "percent", measure: "increase"),
        .init(language: "de", sentence: "Die Gewerkschaft fordert 9,5 Prozent mehr Lohn.", value: 9.5, unit: "percent",
              measure: "increase"),
        .init(language: "en", sentence: "The strike lasted four weeks.", value: 4, unit: "week", measure: "duration"),
        .init(language: "de", sentence: "Rund 84 Prozent der Kinder sind gegen Masern geimpft.", value: 84, unit: "percent",
              measure: "vaccinated"),
        .init(language: "en", sentence: "At least three people reportedly died.", value: 3, unit: "person", measure: "killed",
              hedged: true),
        .init(language: "en", sentence: "Earthquake kills at least 38.", value: 38, unit: "person", measure: "killed"),
        .init(language: "en", sentence: "Six villages were evacuated.", value: 6, unit: nil, measure: "evacuated"),
        .init(language: "de", sentence: "Das Epizentrum lag in 12 Kilometern Tiefe.", value: 12, unit: "kilometre",
              measure: "distance"),
        .init(language: "en", sentence: "He pocketed €240,000 from a construction firm.", value: 240_000, unit: "eur",
              measure: "paid"),
        .init(language: "de", sentence: "Laut Polizei wurden 30 Menschen verletzt.", value: 30, unit: "person",
              measure: "wounded", source: "police", hedged: false),
        .init(language: "de", sentence: "Das Gericht verhängte eine Strafe von drei Jahren und sechs Monaten.", value: 3.5,
              unit: "year", measure: "duration"),
        .init(language: "en", sentence: "The court sentenced him to two years and three months.", value: 2.25, unit: "year", measure: "duration"),
        .init(language: "en", sentence: "The tunnel was closed for 2 hours and 30 minutes.", value: 2.5, unit: "hour", measure: "duration"),
        .init(language: "de", sentence: "Damit stieg die Zahl der Todesopfer laut Polizei auf insgesamt 57.", value: 57,
              unit: "person", measure: "killed", source: "police"),
        .init(language: "en", sentence: "The death toll rose to 57.", value: 57, unit: "person", measure: "killed"),
        .init(language: "de", sentence: "Mindestens 12 Menschen sterben bei Unwetter.", value: 12, unit: "person",
              measure: "killed"),
        .init(language: "de", sentence: "Jeder Tag koste die Wirtschaft etwa 2 Millionen Euro.", value: 2_000_000, unit: "eur",
              measure: "cost"),
    ]

    @Test(arguments: cases) func extracts(_ expected: ClaimCase) throws {
        let claim = try expected.claim()
        #expect(claim.quantity?.unit == expected.unit)
        #expect(claim.measure == expected.measure)
        #expect(claim.attribution?.source == expected.source)
        #expect((claim.attribution?.hedged ?? false) == expected.hedged)
    }
}

/// Number forms added in round 2: halves, magnitudes, articles before number words.
@Suite struct HalfAndMagnitudeNumberTests {
    static let cases: [QuantityCase] = [
        .init(language: "de", text: "viereinhalb Jahre", value: 4.5, unit: "year"),
        .init(language: "en", text: "four and a half years", value: 4.5, unit: "year"),
        .init(language: "en", text: "a seven percent increase", value: 7, unit: "percent"),
        .init(language: "en", text: "a hundred people", value: 100, unit: "person"),
        .init(language: "de", text: "ein Beben der Stärke 5,8", value: 5.8, unit: nil),
        .init(language: "en", text: "a magnitude of 6.1", value: 6.1, unit: nil),
        .init(language: "de", text: "rund 310.000 Fahrgäste", value: 310_000, qualifier: .about, unit: "passenger"),
        .init(language: "en", text: "63 confirmed cases", value: 63, unit: "case"),
    ]

    @Test(arguments: cases) func reads(_ expected: QuantityCase) throws {
        let pack = LanguagePack.pack(for: expected.language)
        let mentions = QuantityFinder(pack: pack).find(in: ClaimTokenizer.tokens(of: expected.text))
        let found = try #require(mentions.first { $0.quantity.value == expected.value }, "no quantity \(expected.value)")
        #expect(found.quantity.unit == expected.unit)
        #expect(found.quantity.qualifier == expected.qualifier)
    }
}

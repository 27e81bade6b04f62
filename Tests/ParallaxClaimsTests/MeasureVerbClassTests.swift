import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 32 (measure32): the measures' verbs and phrases as whole classes — German separable verbs whose particle closes the
/// clause (einsetzen, umkommen, herausholen, abbrennen, absetzen, herstellen, einsammeln, ausfliegen, anstecken), people taken
/// `in Krankenhäuser`/`in Kliniken`, the combined forms of `killed` with `wounded` or `missing` (`dead or injured`, `tot oder
/// vermisst`), and people pulled out of the water or the ice. A particle that closes its clause governs no figure a preposition
/// governs after it. Sentences written for these tests from general knowledge of both languages.
@Suite struct MeasureVerbClassTests {
    static let cases: [ClaimCase] = [
        .init(language: "de", sentence: "Der Verkehrsverbund setzte am Wochenende 25 Ersatzbusse ein.", value: 25, unit: "vehicle",
              measure: "deployed"),
        .init(language: "de", sentence: "Bei dem Grubenunglück kamen sieben Bergleute um.", value: 7, unit: nil, measure: "killed"),
        .init(language: "de", sentence: "Feuerwehrleute holten neun Menschen aus dem Keller heraus.", value: 9, unit: "person",
              measure: "rescued"),
        .init(language: "de", sentence: "Der Großbrand brannte 15 Scheunen ab.", value: 15, unit: nil, measure: "destroyed"),
        .init(language: "de", sentence: "Die Brauerei setzt jährlich rund 600.000 Hektoliter ab.", value: 600_000, unit: nil,
              measure: "sold"),
        .init(language: "de", sentence: "Das Werk stellt täglich 800 Fahrräder her.", value: 800, unit: nil, measure: "produced"),
        .init(language: "de", sentence: "Die Regierung flog 350 Staatsbürger aus.", value: 350, unit: nil, measure: "evacuated"),
        .init(language: "de", sentence: "In dem Pflegeheim steckten sich 17 Bewohner an.", value: 17, unit: "person",
              measure: "infected"),
        .init(language: "de", sentence: "Nach dem Brand wurden neun Menschen mit Rauchvergiftungen in Kliniken gebracht.", value: 9,
              unit: "person", measure: "wounded"),
        .init(language: "de", sentence: "Acht Fischer sind tot oder vermisst.", value: 8, unit: nil, measure: "killed or missing"),
        .init(language: "de", sentence: "Zwei Eisläufer wurden lebend aus dem Eis gezogen.", value: 2, unit: nil,
              measure: "rescued"),
        .init(language: "en", sentence: "The collapse left 15 workers dead or injured.", value: 15, unit: "worker",
              measure: "killed or wounded"),
        .init(language: "en", sentence: "Nine anglers were pulled out of the water alive.", value: 9, unit: nil, measure: "rescued"),
    ]

    /// A figure after a clause-closing particle that a preposition governs takes none of its measure.
    static let left: [ClaimCase] = [
        .init(language: "de", sentence: "Die Molkerei setzt jährlich 40.000 Tonnen ab, in einem Markt von etwa 3 Milliarden Euro.",
              value: 3_000_000_000, unit: "eur", measure: nil),
    ]

    @Test(arguments: cases + left) func measureOfVerbClass(_ expected: ClaimCase) throws {
        let claim = try expected.claim(headline: expected.language == "de" ? "Meldung" : "Report")
        #expect(claim.measure == expected.measure)
    }
}

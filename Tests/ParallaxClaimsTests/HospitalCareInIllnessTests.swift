import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 24 (measure24): hospital treatment counts the wounded only where someone was hurt. In an article that names illness
/// and no injury (`illness-story.txt`: an outbreak, food poisoning, a heat wave) the people treated, taken to hospital or
/// hospitalised are patients and take no measure, nor one continued from the count of the ill before them
/// (`MeasureFinder+HospitalCare.swift`). Sentences and headlines written for these tests from general knowledge of both
/// languages.
@Suite struct HospitalCareInIllnessTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var headline: String
        var claim: ClaimCase
        var testDescription: String { "\(headline) / \(claim.sentence)" }
    }

    static let patients: [Case] = [
        .init(headline: "Norovirus im Seniorenheim",
              claim: .init(language: "de", sentence: "Zwölf Bewohner werden im Krankenhaus behandelt.", value: 12, unit: "person",
                           measure: nil)),
        .init(headline: "Salmonellen nach dem Schulfest",
              claim: .init(language: "de", sentence: "Am Abend kamen 17 Kinder ins Krankenhaus.", value: 17, unit: "person", measure: nil)),
        .init(headline: "Measles outbreak at boarding school",
              claim: .init(language: "en", sentence: "Fourteen pupils have been taken to hospital.", value: 14, unit: "person",
                           measure: nil)),
        .init(headline: "Heat-related illness keeps clinics busy",
              claim: .init(language: "en", sentence: "More than 230 people were treated in hospital on Sunday.", value: 230,
                           unit: "person", measure: nil)),
    ]

    static let keptMeasures: [Case] = [
        // An accident: those treated are the wounded.
        .init(headline: "Unfall auf der Landstraße",
              claim: .init(language: "de", sentence: "Nach dem Zusammenstoß wurden 14 Menschen im Krankenhaus behandelt.", value: 14,
                           unit: "person", measure: "wounded")),
        .init(headline: "Coach crash on the coast road",
              claim: .init(language: "en", sentence: "Eleven passengers were taken to hospital.", value: 11, unit: "person",
                           measure: "wounded")),
        // Illness and injury in one article: treatment may be of wounds, as before.
        .init(headline: "Grippewelle und Glatteis: viele Verletzte",
              claim: .init(language: "de", sentence: "Am Dienstag wurden 23 Menschen im Krankenhaus behandelt.", value: 23, unit: "person",
                           measure: "wounded")),
        // A phrase that names the injury keeps it even in an article about illness.
        .init(headline: "Virus legt Klinik lahm",
              claim: .init(language: "de", sentence: "Bei einem Sturz im Treppenhaus wurden zwei Pfleger verletzt.", value: 2,
                           unit: nil, measure: "wounded")),
    ]

    @Test(arguments: patients) func patientsTakeNoMeasure(_ expected: Case) throws {
        let claim = try expected.claim.claim(headline: expected.headline)
        #expect(claim.measure == expected.claim.measure)
    }

    @Test(arguments: keptMeasures) func otherCountsKeepTheirs(_ expected: Case) throws {
        let claim = try expected.claim.claim(headline: expected.headline)
        #expect(claim.measure == expected.claim.measure)
    }

    /// A part of the ill counted in hospital in the next sentence continues no measure of theirs; the ill keep theirs.
    @Test func partOfTheIllInHospitalContinuesNothing() throws {
        let article = FixtureArticle.make(
            paragraphs: [["Hochzeitsfeier endet in der Notaufnahme"],
                         ["Mehr als 60 Gäste sind an Durchfall erkrankt.", "Acht von ihnen werden im Krankenhaus behandelt."]],
            language: "de", published: "2026-06-08")
        let claims = ClaimExtractor().extract(from: article)
        let ill = try #require(claims.first { $0.quantity?.value == 60 })
        let treated = try #require(claims.first { $0.quantity?.value == 8 })
        #expect(ill.measure == "infected")
        #expect(treated.measure == nil)
    }

    @Test func illnessStoryNeedsIllnessAndNoInjury() {
        let german = IllnessStory.of("de")
        func tokens(_ text: String) -> [ClaimToken] { TokenizedSentence(text: text, base: 0).tokens }
        #expect(german.isIllnessStory([tokens("Zwölf Menschen sind erkrankt.")]))
        #expect(!german.isIllnessStory([tokens("Zwölf Menschen sind erkrankt."), tokens("Drei wurden verletzt.")]))
        // `Krankenhaus` begins with `krank` but names no illness.
        #expect(!german.isIllnessStory([tokens("Das Krankenhaus nahm zwölf Menschen auf.")]))
    }
}

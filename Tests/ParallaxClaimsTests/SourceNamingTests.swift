import ParallaxModel
import Testing

@testable import ParallaxClaims

/// Sources behind roles and titles, adjectives before a body, and bodies named without an article.
/// Sentences invented.
@Suite struct SourceNamingTests {
    @Test(arguments: [
        ("de", "Mindestens 23 Häuser seien zerstört worden, sagte Landrat Jonas Beispiel am Abend.", "jonas beispiel"),
        ("de", "Nach Angaben von Amtsärztin Dr. Erika Muster wurden 23 Kinder behandelt.", "erika muster"),
        ("de", "Die Partei erhielt laut der Zentralen Wahlkommission 23 Prozent.", "electoral commission"),
        ("de", "Laut Küstenwache wurden 23 Seeleute verletzt.", "coast guard"),
        ("en", "At least 23 homes were destroyed, District Chief Sam Sample said.", "sam sample"),
        ("de", "Kerbach – Nach Angaben der staatlichen Nachrichtenagentur Velnor wurden 23 Menschen verletzt.", "velnor"),
        ("de", "Die Staatsanwaltschaft wirft dem 58-Jährigen vor, 23 Aufträge verschoben zu haben.", "prosecutors"),
    ])
    func namesTheSource(language: String, sentence: String, source: String) throws {
        let article = FixtureArticle.make(paragraphs: [["Titel"], [sentence]], language: language, published: nil)
        let claim = try #require(ClaimExtractor().extract(from: article).first { $0.quantity?.value == 23 })
        #expect(claim.attribution?.source == source)
    }
}

/// A separable verb is a cue only with its particle: `wirft … vor` accuses, `wirft … über den Haufen` does not.
/// Sentences invented.
@Suite struct SeparableCueTests {
    @Test(arguments: [
        "Ein Fund mit 23 Knochen wirft diese Theorie nun über den Haufen.",
        "Der Trainer warf 23 Bälle ins Publikum.",
    ])
    func verbWithoutItsParticleNamesNoSource(sentence: String) throws {
        let article = FixtureArticle.make(paragraphs: [["Titel"], [sentence]], language: "de", published: nil)
        let claim = try #require(ClaimExtractor().extract(from: article).first { $0.quantity?.value == 23 })
        #expect(claim.attribution?.source == nil)
    }
}

/// Accusations are statements that a later denial contests. Sentences invented.
@Suite struct AccusationTests {
    @Test(arguments: [
        ("en", "Opposition leader Sam Sample accused the government of rigging the vote.", "The commission rejected the allegations."),
        ("de", "Die Reederei beschuldigte die Hafenbehörde schwerer Versäumnisse.", "Die Hafenbehörde wies die Vorwürfe zurück."),
        ("de", "Die Regierung machte den Nachbarstaat für den Angriff verantwortlich.", "Der Nachbarstaat dementierte."),
    ])
    func denialContestsTheAccusation(language: String, accusation: String, denial: String) throws {
        let article = FixtureArticle.make(paragraphs: [["Titel"], [accusation, denial]], language: language, published: nil)
        let statements = ClaimExtractor().extract(from: article).filter { $0.kind == .statement }
        let accused = try #require(statements.first { $0.statement?.predicate == "accused" }, "\(statements.map(\.statement))")
        let denies = try #require(statements.first { $0.statement?.predicate == "denies" })
        #expect(denies.statement?.denies == accused.id)
    }
}

/// Sources shared by figures read out one after another, and surnames resolved to full names.
@Suite struct SourceCarryTests {
    @Test func resultsReadOutTogetherShareTheirSource() throws {
        let article = FixtureArticle.make(
            paragraphs: [["Wahl"], ["Nach Angaben der Wahlkommission kam die Volkspartei auf 41,2 Prozent der Stimmen.",
                                    "Die Grüne Liste erreichte 12,5 Prozent."]],
            language: "de", published: nil)
        let claim = try #require(ClaimExtractor().extract(from: article).first { $0.quantity?.value == 12.5 })
        #expect(claim.attribution?.source == "electoral commission")
        #expect(claim.attribution?.hedged == false)
    }

    @Test func aFigureOfAnotherKindDoesNotTakeTheSource() throws {
        let article = FixtureArticle.make(
            paragraphs: [["Wahl"], ["Nach Angaben der Wahlkommission kam die Volkspartei auf 41,2 Prozent der Stimmen.",
                                    "Vor dem Rathaus feierten 300 Anhänger."]],
            language: "de", published: nil)
        let claim = try #require(ClaimExtractor().extract(from: article).first { $0.quantity?.value == 300 })
        #expect(claim.attribution == nil)
    }

    @Test func surnameResolvesToTheFullNameNamedBefore() throws {
        let article = FixtureArticle.make(
            paragraphs: [["Vote"], ["Opposition leader Sam Sample said 40 polling stations had opened late.",
                                    "At least 12 of them were in the south, Sample said."]],
            language: "en", published: nil)
        let claim = try #require(ClaimExtractor().extract(from: article).first { $0.quantity?.value == 12 })
        #expect(claim.attribution?.source == "sam sample")
    }
}

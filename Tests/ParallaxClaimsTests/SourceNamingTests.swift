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
    ])
    func namesTheSource(language: String, sentence: String, source: String) throws {
        let article = FixtureArticle.make(paragraphs: [["Titel"], [sentence]], language: language, published: nil)
        let claim = try #require(ClaimExtractor().extract(from: article).first { $0.quantity?.value == 23 })
        #expect(claim.attribution?.source == source)
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

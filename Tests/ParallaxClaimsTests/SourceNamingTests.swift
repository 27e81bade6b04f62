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

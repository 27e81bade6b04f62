import Foundation
import ParallaxModel
import Testing

@testable import ParallaxClaims

/// A town's administration as a speaker (``AttributionFinder/municipalLabel(_:)``): `die Stadt`, `die Gemeinde`, `the town`,
/// `the town authorities` are `city authorities`, as a source and as a denier; a town named by its name keeps it. Sentences
/// written for this test.
@Suite struct MunicipalSourceTests {
    static func extract(_ sentences: [String], language: String) -> [Claim] {
        let article = FixtureArticle.make(paragraphs: [["Meldung"], sentences], language: language, published: "2027-03-02")
        return ClaimExtractor().extract(from: article)
    }

    @Test(arguments: [
        ("de", "Nach Angaben der Gemeinde wurden 14 Häuser geräumt.", "14 Häuser"),
        ("de", "Die Stadt schätzt den Schaden auf rund zwei Millionen Euro.", "zwei Millionen Euro"),
        ("en", "The town said 14 houses were cleared.", "14 houses"),
        ("en", "According to the town authorities, 35 flats have no heating.", "35 flats"),
    ])
    func municipalWordIsCityAuthorities(language: String, sentence: String, figure: String) {
        let claim = Self.extract([sentence], language: language).first { $0.kind == .quantity && $0.text.contains(figure) }
        #expect(claim?.attribution?.source == "city authorities", "\(String(describing: claim?.attribution))")
    }

    @Test func townDenyingIsCityAuthorities() {
        let claims = Self.extract(
            ["Der Mieterverein wirft der Stadt vor, Warnungen ignoriert zu haben.", "Die Stadt weist das zurück."], language: "de")
        let parties = claims.compactMap(\.statement).filter { $0.predicate == "denies" }.map(\.deniedBy)
        #expect(parties == ["city authorities"], "\(parties)")
    }

    /// `municipal-bodies.txt` is read for a label that is the word alone; a named town is no municipal word.
    @Test func namedTownKeepsItsName() {
        let finder = AttributionFinder(pack: LanguagePack.pack(for: "de", sample: "Die Stadt und der Verein"))
        #expect(finder.municipalLabel("stadt") == "city authorities")
        #expect(finder.municipalLabel("wien") == "wien")
        #expect(finder.municipalLabel("stadt wien") == "stadt wien")
    }
}

import Foundation
import Testing
import ParallaxModel
@testable import ParallaxIngest

/// Metadata rules, one invented page each (`Fixtures/HTML/metadata/`): every page carries the
/// general pattern a rule is about, never text from a real site.
@Suite struct HTMLMetadataFixtureTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var fixture: String
        var input = "https://verein.example/2024/beitrag"
        var expected: String
        var testDescription: String { fixture }
    }

    static func extract(_ fixture: String, input: String) throws -> CleanDocument {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/HTML/metadata/\(fixture)", withExtension: "html"))
        return try HTMLExtractor().extract(data: Data(contentsOf: url), input: input)
    }

    @Test(arguments: [
        // An h1 that is a link to the front page is the site's logo, not the headline.
        Case(fixture: "title-front-page-logo", expected: "Saisonplanung am Bootshaus"),
        // The end of the page title that names the site is the site, even when it is the longer end.
        Case(fixture: "title-named-site-end", expected: "Alles neu?"),
        // Many unconfirmed h1s (paragraphs formatted as headings) are not the headline.
        Case(fixture: "title-many-h1", expected: "Wochenbericht aus dem Bootshaus"),
        // og:title equal to one end of the page title keeps its own dash.
        Case(fixture: "title-headline-is-page-title-end", expected: "Nord – Süd: Radtour entlang der Küste"),
        // An og:title cut short by an unescaped quote yields to the whole page title.
        Case(fixture: "title-truncated-og", expected: "Vorsitzende nennt den Plan für das Bootshaus \"mutig\""),
        // A marked headline loses its kicker span and the separator span after it.
        Case(fixture: "title-marked-headline-kicker", expected: "Erste Fahrt führt an den See"),
    ])
    func title(_ example: Case) throws {
        #expect(try Self.extract(example.fixture, input: example.input).title == example.expected)
    }
}

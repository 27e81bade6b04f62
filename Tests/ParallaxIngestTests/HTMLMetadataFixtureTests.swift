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
        // A visible h1 that goes on after a confirmed (cut) metadata headline is the whole headline.
        Case(fixture: "title-fuller-visible-h1", expected: "Verein baut Bootshaus aus und plant eine neue Steganlage"),
        // og:title that the page title continues with a separator and the site is whole, its own
        // dash included (and a word holding the host's name, "Vereinstag", names no site).
        Case(fixture: "title-og-continued-by-page-title", expected: "Bericht vom Vereinstag – was plant der Vorstand?"),
        // og:title and page title differ only in their dashes: one headline, in the page title's wording.
        Case(fixture: "title-dash-variants", expected: "Termine der Ausfahrten Januar – Mai 2024 in Halle und Dessau"),
        // The end of the page title that starts with the host's name is the site, even when longer.
        Case(
            fixture: "title-host-names-site", input: "https://www.ruderclub.example/magazin/fruehjahrsputz",
            expected: "Frühjahrsputz"),
        // A middle part of a breadcrumb title is a section: it confirms no h1 of that name.
        Case(fixture: "title-breadcrumb-section", expected: "Lesung im Bootshaus: Gäste aus Kiel"),
        // Chinese titles join the site name without spaces.
        Case(fixture: "title-cjk-site", expected: "港口新航线开通：市民可乘船前往海岛！"),
        // ... but a dash inside the headline, before no site word, splits nothing.
        Case(fixture: "title-cjk-inner-dash", expected: "港口管理局与航运公司代表-海岛居民座谈会"),
    ])
    func title(_ example: Case) throws {
        #expect(try Self.extract(example.fixture, input: example.input).title == example.expected)
    }

    @Test(arguments: [
        // A <time> marked as an update is no publication date, whatever its other classes say.
        Case(fixture: "date-modified-time-ignored", expected: "2023-10-31"),
        // Month, day and year in three spans: "Feb 18" and "2009" glued.
        Case(fixture: "date-glued-day-year", expected: "2009-02-18"),
        Case(fixture: "date-pipe-separated", expected: "2022-01-26"),
        Case(fixture: "date-url-day-first", input: "https://verein.example/meldungen/29-10-2021", expected: "2021-10-29"),
        // Sources disagree: the one whose day the page shows wins over the first one.
        Case(fixture: "date-shown-among-sources", expected: "2022-02-04"),
        // ... also a modification date, when it is the only day the page shows.
        Case(fixture: "date-shown-update", expected: "2020-06-04"),
        // A generic date meta the page never shows yields to the page's date line.
        Case(fixture: "date-generic-meta-date-line", expected: "2022-01-27"),
        // A day in the URL path beats a different metadata day the page never shows.
        Case(fixture: "date-url-beats-unshown-meta", input: "https://verein.example/2017/7/12/bootshaus", expected: "2017-07-12"),
        // A post classed "category-kommentar" is no comment area; the real comment area still is.
        Case(fixture: "date-category-comment-class", expected: "2019-10-19"),
        Case(fixture: "date-french-month", expected: "2019-06-13"),
        Case(fixture: "date-spanish-month", expected: "2022-05-06"),
        // Without date metadata, the date line under the headline beats the page's date elements
        // (a thread list's "Letzter Beitrag", the header's "today") ...
        Case(fixture: "date-under-headline", input: "https://forum.example/thema/steganlage-3", expected: "2021-03-03"),
        // ... also under an h2 that is the page title, on pages without h1.
        Case(fixture: "date-under-title-heading", input: "https://forum.example/t7-stegordnung", expected: "2023-10-26"),
        // The date under a heading the title does not come from (a logo, the header's "today") is no headline's.
        Case(fixture: "date-under-logo-heading-ignored", expected: "2023-10-26"),
        // A page rendered by scripts keeps its JSON-LD date.
        Case(fixture: "extract-script-rendered", expected: "2022-03-14"),
    ])
    func date(_ example: Case) throws {
        let published = try Self.extract(example.fixture, input: example.input).published
        #expect(published?.prefix(10) == example.expected.prefix(10))
    }

    /// A page whose text only scripts render is no failure: its description is the text and its
    /// headline the title.
    @Test func scriptRenderedPageKeepsDescriptionAndTitle() throws {
        let document = try Self.extract("extract-script-rendered", input: "https://verein.example/diy/steg")
        #expect(document.title == "So baut man einen Steg in fünf Schritten")
        #expect(document.blocks.map(\.text) == [
            "Ein Steg aus Holz hält viele Jahre, wenn man ihn richtig plant. Wir zeigen in fünf Schritten, wie der Verein seinen neuen Steg gebaut hat."
        ])
    }
}

import Foundation
import Testing
import ParallaxModel
@testable import ParallaxIngest

/// One metadata source at a time, on small pages built around a fixed article paragraph.
@Suite struct HTMLMetadataTests {
    static let paragraph = "<p>Der Gemeinderat hat am Montag den Haushalt für das kommende Jahr beschlossen, nach langer Debatte und mit knapper Mehrheit.</p>"

    static func extract(head: String = "", body: String = "", input: String = "page.html") throws -> CleanDocument {
        let html = "<html><head>\(head)</head><body><article>\(body)\(paragraph)\(paragraph)</article></body></html>"
        return try HTMLExtractor().extract(data: Data(html.utf8), input: input)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var head = ""
        var body = ""
        var input = "page.html"
        var expected: String?
        var testDescription: String { name }
    }

    @Test(arguments: [
        Case(name: "title suffix | Site", head: "<title>Haushalt beschlossen | Stadtbote</title><meta property=\"og:site_name\" content=\"Stadtbote\">", expected: "Haushalt beschlossen"),
        Case(name: "title suffix - Site, unknown site", head: "<title>Haushalt beschlossen nach langer Debatte - Stadtbote</title>", expected: "Haushalt beschlossen nach langer Debatte"),
        Case(name: "og:title", head: "<meta property=\"og:title\" content=\"Haushalt beschlossen\">", expected: "Haushalt beschlossen"),
        Case(name: "JSON-LD headline", head: #"<script type="application/ld+json">{"@type":"NewsArticle","headline":"Haushalt beschlossen"}</script>"#, expected: "Haushalt beschlossen"),
        Case(name: "h1 confirmed by title", head: "<title>Stadtbote: Haushalt beschlossen</title>", body: "<h1>Haushalt beschlossen</h1>", expected: "Haushalt beschlossen"),
        Case(name: "h1 that is the site name", head: "<title>Haushalt beschlossen - Stadtbote</title>", body: "<h1>Stadtbote</h1>", expected: "Haushalt beschlossen"),
        Case(name: "h1 with kicker span", head: "<title>Klimaschutz: Bohren, bis es heiß wird | Stadtbote</title>", body: "<h1><span class=\"article-kicker\">Klimaschutz</span><span class=\"visually-hidden\">: </span><span class=\"article-title\">Bohren, bis es heiß wird</span></h1>", expected: "Bohren, bis es heiß wird"),
        Case(name: "visually hidden h1 is not the headline", head: "<title>Haushalt beschlossen | Stadtbote</title>", body: "<h1 class=\"visually-hidden\">Haushalt beschlossen | Stadtbote</h1><h1>Haushalt beschlossen</h1>", expected: "Haushalt beschlossen"),
        Case(name: "h1 with a section before the titled headline", head: "<title>Gemeinderat beschließt den Haushalt | Stadtbote</title>", body: "<h1>Lokales | Gemeinderat beschließt den Haushalt</h1>", expected: "Gemeinderat beschließt den Haushalt"),
        Case(name: "h1 with a date glued before the titled headline", head: "<meta property=\"og:title\" content=\"Ein Sommer an der Ostsee\">", body: "<h1><span>Jun 17</span> Ein Sommer an der Ostsee</h1>", expected: "Ein Sommer an der Ostsee"),
        Case(name: "double-escaped entities", head: "<meta property=\"og:title\" content=\"&amp;quot;Wir sparen&amp;quot;\">", expected: "\"Wir sparen\""),
    ])
    func title(_ example: Case) throws {
        #expect(try Self.extract(head: example.head, body: example.body).title == example.expected)
    }

    @Test(arguments: [
        Case(name: "JSON-LD datePublished", head: #"<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-05-17T08:00:00Z"}</script>"#, expected: "2023-05-17"),
        Case(name: "JSON-LD @graph", head: #"<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":["BlogPosting"],"datePublished":"2021-02-03"}]}</script>"#, expected: "2021-02-03"),
        Case(name: "article:published_time", head: "<meta property=\"article:published_time\" content=\"2022-03-04T09:00:00+01:00\">", expected: "2022-03-04"),
        Case(name: "meta date", head: "<meta name=\"date\" content=\"2020-01-02\">", expected: "2020-01-02"),
        Case(name: "dc.date", head: "<meta name=\"DC.date\" content=\"2019-11-30\">", expected: "2019-11-30"),
        Case(name: "pubdate", head: "<meta name=\"pubdate\" content=\"2018-07-08\">", expected: "2018-07-08"),
        Case(name: "sailthru.date", head: "<meta name=\"sailthru.date\" content=\"2017-06-05 10:00\">", expected: "2017-06-05"),
        Case(name: "parsely-pub-date", head: "<meta name=\"parsely-pub-date\" content=\"2016-05-04T10:00:00Z\">", expected: "2016-05-04"),
        Case(name: "time datetime", body: "<time datetime=\"2015-04-03T12:00\">3. April 2015</time>", expected: "2015-04-03"),
        Case(name: "URL path", input: "https://zeitung.example/2014/03/02/haushalt", expected: "2014-03-02"),
        Case(name: "German date line", body: "<div class=\"datum\">Veröffentlicht am 17. Mai 2023</div>", expected: "2023-05-17"),
        Case(name: "English date line", body: "<span class=\"date\">Posted May 17, 2023</span>", expected: "2023-05-17"),
        Case(name: "published beats modified", head: "<meta property=\"article:modified_time\" content=\"2023-06-01\"><meta property=\"article:published_time\" content=\"2023-05-01\">", expected: "2023-05-01"),
        Case(name: "UTC meta date shown locally by a time element", head: "<meta property=\"article:published_time\" content=\"2023-11-09T04:15:07+00:00\">", body: "<time datetime=\"2023-11-08 22:15:07\">November 8, 2023 at 10:15 p.m.</time>", expected: "2023-11-08"),
        Case(name: "UTC meta date and an unrelated time element", head: "<meta property=\"article:published_time\" content=\"2023-11-09T04:15:07+00:00\">", body: "<p class=\"date\">November 9, 2023</p><time datetime=\"2023-11-08 22:40:00\">November 8, 2023</time>", expected: "2023-11-09"),
        Case(name: "damaged ISO value keeps its day", head: "<meta property=\"article:published_time\" content=\"2022-01-10T22:06:08:684Z\">", expected: "2022-01-10"),
        Case(name: "generic meta date yields to a shown time", head: "<meta name=\"dcterms.date\" content=\"2022-01-21T09:43+01:00\">", body: "<time datetime=\"2022-01-25T08:00:00+01:00\">25.01.2022</time>", expected: "2022-01-25"),
        Case(name: "published_time the page shows beats another shown time", head: "<meta property=\"article:published_time\" content=\"2022-01-21T09:43+01:00\">", body: "<span class=\"date\">21.01.2022</span><time datetime=\"2022-01-25T08:00:00+01:00\">25.01.2022</time>", expected: "2022-01-21"),
        Case(name: "published_time the page never shows yields to a shown time", head: "<meta property=\"article:published_time\" content=\"2022-01-21T09:43+01:00\">", body: "<time datetime=\"2022-01-25T08:00:00+01:00\">25.01.2022</time>", expected: "2022-01-25"),
        Case(name: "modified only as last resort", head: "<meta property=\"article:modified_time\" content=\"2023-06-01\">", expected: "2023-06-01"),
    ])
    func date(_ example: Case) throws {
        let published = try Self.extract(head: example.head, body: example.body, input: example.input).published
        #expect(published?.prefix(10) == example.expected?.prefix(10))
    }

    @Test(arguments: [
        Case(name: "JSON-LD author list", head: #"<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Anna Muster"},{"name":"Bernd Beispiel"}]}</script>"#, expected: "Anna Muster; Bernd Beispiel"),
        Case(name: "JSON-LD author by @id", head: ##"<script type="application/ld+json">{"@graph":[{"@type":"Article","author":{"@id":"#p1"}},{"@type":"Person","@id":"#p1","name":"Clara Corp"}]}</script>"##, expected: "Clara Corp"),
        Case(name: "meta author", head: "<meta name=\"author\" content=\"Dana Doe\">", expected: "Dana Doe"),
        Case(name: "rel=author", body: "<a rel=\"author\" href=\"/e\">Emil Ernst</a>", expected: "Emil Ernst"),
        Case(name: "itemprop=author", body: "<span itemprop=\"author\"><span itemprop=\"name\">Frida Fink</span></span>", expected: "Frida Fink"),
        Case(name: "byline class with Von", body: "<div class=\"byline\">Von Gerd Gans und Hanna Huhn</div>", expected: "Gerd Gans; Hanna Huhn"),
        Case(name: "English By with and", body: "<p class=\"author\">By Ida Iris and Jon Jay</p>", expected: "Ida Iris; Jon Jay"),
        Case(name: "site named after its author", head: "<meta property=\"og:site_name\" content=\"Lena Lorenz's Blog\"><meta name=\"author\" content=\"Lena Lorenz\">", expected: "Lena Lorenz"),
        Case(name: "site's own name is no author", head: "<meta property=\"og:site_name\" content=\"Stadtbote Online\"><meta name=\"author\" content=\"Stadtbote Online\">", expected: ""),
        Case(name: "JSON-LD with raw line breaks", head: "<script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"articleBody\":\"Zeile eins\nZeile zwei\",\"author\":{\"@type\":\"Person\",\"name\":\"Mia Maus\"}}</script>", expected: "Mia Maus"),
        Case(name: "meta line split over elements", body: "<div class=\"submitted\">Gespeichert von <span class=\"username\">rasos</span> am 24. Juli 2017 - 18:55</div>", expected: "rasos"),
        Case(name: "date, dash and a full name", body: "<p class=\"text-muted\">11.12.2019 - Paul Plan</p>", expected: "Paul Plan"),
        Case(name: "date, dash and no name", body: "<p class=\"text-muted\">11.12.2019 - Stadtrat tagt</p>", expected: ""),
        Case(name: "address with By", body: "<address>By <a href=\"/author/q\">Quirin Quast</a></address>", expected: "Quirin Quast"),
        Case(name: "opening line names the writer", body: "<p>Blog Beitrag von Rita Rot</p>", expected: "Rita Rot"),
        Case(name: "opening sentence is no byline", body: "<p>Heute berichtet der Verein von Problemen.</p>", expected: ""),
        Case(name: "desk only is dropped", head: "<meta name=\"author\" content=\"Redaktion\">", expected: ""),
        Case(name: "photo credit is no author", body: "<span class=\"author\">Foto: Karl Kamera</span>", expected: ""),
    ])
    func author(_ example: Case) throws {
        let authors = try Self.extract(head: example.head, body: example.body).authors
        #expect(authors.joined(separator: "; ") == example.expected)
    }

    @Test func publisherLanguageAndURL() throws {
        let html = """
            <html lang="en-GB"><head><meta property="og:site_name" content="Town Crier">
            <meta property="og:url" content="https://crier.example/a"><link rel="canonical" href="https://crier.example/b"></head>
            <body><article>\(Self.paragraph)</article></body></html>
            """
        let document = try HTMLExtractor().extract(data: Data(html.utf8), input: "x.html")
        #expect(document.publisher == "Town Crier")
        #expect(document.declaredLanguage == "en-GB")
        #expect(document.url == "https://crier.example/b")
    }

    @Test func contentLanguageMeta() throws {
        let document = try Self.extract(head: "<meta http-equiv=\"content-language\" content=\"de\">")
        #expect(document.declaredLanguage == "de")
    }
}

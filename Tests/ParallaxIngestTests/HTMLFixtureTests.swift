import Foundation
import Testing
import ParallaxModel
@testable import ParallaxIngest

/// Whole pages written for these tests: boilerplate of every kind, metadata, charsets, broken and
/// hostile markup.
@Suite struct HTMLFixtureTests {
    static func page(_ name: String) throws -> CleanDocument {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/HTML/\(name)", withExtension: "html"))
        return try HTMLExtractor().extract(data: Data(contentsOf: url), input: "https://site.example/\(name).html")
    }

    static func body(_ document: CleanDocument) -> String {
        document.blocks.map(\.text).joined(separator: "\n")
    }

    /// Markers placed in boilerplate of the German page; none may reach the body.
    @Test(arguments: [
        "COOKIEBANNER", "NAVLINK", "WERBUNG", "SHAREBUTTON", "LESENSIEAUCH", "NEWSLETTERBOX",
        "PROMOBOX", "PAYWALLTEXT", "RELATEDLINK", "TEASERLINK", "KOMMENTARTEXT", "SIDEBARLINK", "FOOTERTEXT",
        "SCRIPTTEXT", "Von Anna Muster", "17. Mai 2023, 08:30 Uhr",
    ])
    func germanBoilerplateIsRemoved(marker: String) throws {
        let document = try Self.page("article-de")
        #expect(!Self.body(document).contains(marker))
    }

    @Test func germanArticleKeepsBlocksInOrder() throws {
        let document = try Self.page("article-de")
        let kinds = document.blocks.map(\.kind)
        #expect(document.blocks.contains(TextBlock(kind: .heading, text: "Kritik von der Opposition")))
        #expect(kinds.contains(.heading) && kinds.contains(.quote) && kinds.contains(.listItem))
        let body = Self.body(document)
        let first = try #require(body.range(of: "Der Stadtrat hat am Dienstagabend"))
        let second = try #require(body.range(of: "Kritik von der Opposition"))
        #expect(first.lowerBound < second.lowerBound)
        #expect(body.contains("Länge: rund vier Kilometer"))
        #expect(body.contains("Der Radweg ist ein wichtiger Schritt"))
    }

    @Test func captionRepeatingTheTextIsDropped() throws {
        let document = try Self.page("article-de")
        let sentence = "Der Stadtrat hat am Dienstagabend mit großer Mehrheit"
        #expect(Self.body(document).components(separatedBy: sentence).count == 2)
        #expect(document.removed.contains { $0.why == "caption" && $0.text.hasPrefix(sentence) })
    }

    @Test func germanRemovalsAreLoggedCompactly() throws {
        let document = try Self.page("article-de")
        let kinds = Set(document.removed.map(\.kind))
        #expect(kinds.isSuperset(of: [.navigation, .advertisement, .metadata, .related, .other]))
        #expect(document.removed.count < 30)
        #expect(document.removed.allSatisfy { $0.text.count <= 301 && $0.why != nil })
    }

    @Test func germanMetadata() throws {
        let document = try Self.page("article-de")
        #expect(document.title == "Stadtrat beschließt neuen Radweg am Fluss")
        #expect(document.published == "2023-05-17T08:30:00+02:00")
        #expect(document.authors == ["Anna Muster", "Bernd Beispiel"])
        #expect(document.publisher == "Beispielstädter Anzeiger")
        #expect(document.declaredLanguage == "de-DE")
        #expect(document.url == "https://anzeiger.example/lokales/radweg-am-fluss")
    }

    @Test func englishPage() throws {
        let document = try Self.page("article-en")
        let body = Self.body(document)
        #expect(body.contains("The harbour bridge reopened to traffic"))
        #expect(body.contains("Commuters welcomed the reopening"))
        for marker in ["NAVLINK", "READMORELINK", "SHARETEXT", "COMMENTTEXT", "FOOTERTEXT", "By Jane Doe"] {
            #expect(!body.contains(marker), "\(marker) leaked")
        }
        #expect(document.title == "Harbour bridge reopens after repairs")
        #expect(document.published == "2022-03-04T09:00:00Z")
        #expect(document.authors == ["Jane Doe"])
        #expect(document.declaredLanguage == "en")
    }

    @Test func windows1252PageWithMetaCharset() throws {
        let document = try Self.page("windows-1252")
        #expect(document.title == "Grüße aus München")
        #expect(Self.body(document).contains("begrüßen die neue Straßenbahnlinie, die ab März über den Königsplatz fährt – sagen"))
        #expect(Self.body(document).contains("3,50 € pro Fahrt"))
    }

    @Test func brokenMarkupStillYieldsText() throws {
        let document = try Self.page("broken")
        let body = Self.body(document)
        #expect(body.contains("Dieser Absatz ist nicht geschlossen"))
        #expect(body.contains("mit fettem und kursivem Text"))
        #expect(body.contains("endet mitten im"))
    }

    @Test func commentSectionWithoutClassesIsCut() throws {
        let html = """
            <html><body><article><h1>Neue Brücke eröffnet</h1>
            <p>Die neue Brücke über den Fluss wurde am Samstag feierlich eröffnet, nach zwei Jahren Bauzeit und vielen Debatten.</p>
            <p>Der Bürgermeister sprach von einem wichtigen Tag für die ganze Region und dankte allen Beteiligten.</p>
            <h2>3 Kommentare</h2><p>Endlich ist sie fertig, ich fahre morgen gleich darüber! LESERMEINUNG</p></article></body></html>
            """
        let document = try HTMLExtractor().extract(data: Data(html.utf8), input: "comments.html")
        #expect(!Self.body(document).contains("LESERMEINUNG"))
        #expect(Self.body(document).contains("dankte allen Beteiligten"))
        #expect(document.removed.contains { $0.why == "comments" })
    }

    @Test func softHyphensAndJoinersAreDropped() throws {
        let html = "<html><body><article><p>Im Mit&shy;tel&shy;al&shy;ter war der Wein\u{200D} das Aus\u{00AD}hänge\u{2060}schild der ganzen Region, weit über ihre Grenzen hinaus.</p></article></body></html>"
        let document = try HTMLExtractor().extract(data: Data(html.utf8), input: "shy.html")
        #expect(Self.body(document).contains("Im Mittelalter war der Wein das Aushängeschild der ganzen Region"))
    }

    /// A standfirst shown outside the article's container becomes its lead; a long article that
    /// does not show its description keeps its own text only.
    @Test(arguments: [true, false])
    func descriptionAsLead(shown: Bool) throws {
        let header = shown ? "<div class=\"intro\"><span>\(Self.standfirst)</span></div>" : ""
        let expected = shown
        func paragraph(number: Int) -> String {
            "<p>Punkt \(number): Der Gemeinderat hat am Montag nach langer Debatte und mit knapper Mehrheit den Haushalt für das kommende Jahr beschlossen, der viele Investitionen vorsieht.</p>"
        }
        let html = """
            <html><head><meta name="description" content="\(Self.standfirst)"></head><body>\(header)
            <article>\((1...6).map { paragraph(number: $0) }.joined())</article></body></html>
            """
        let document = try HTMLExtractor().extract(data: Data(html.utf8), input: "lead.html")
        #expect(Self.body(document).contains(Self.standfirst) == expected)
    }

    static let standfirst = "Nach zwei Jahren Streit steht der Haushalt: Was die Stadt baut und wo sie spart, im Überblick."

    @Test func thinVideoPageReadsItsDescription() throws {
        let html = """
            <html><head><meta name="description" content="\(Self.standfirst)"></head><body>
            <article><h1>Haushalt beschlossen</h1><p>Das Video zeigt die entscheidende Sitzung des Gemeinderats am Montagabend.</p></article></body></html>
            """
        let document = try HTMLExtractor().extract(data: Data(html.utf8), input: "video.html")
        #expect(Self.body(document).hasPrefix(Self.standfirst))
    }

    @Test func productFormWithProseIsKept() throws {
        let sentence = "Die Decke aus weichem Fleece wird mit dem Namen Ihres Tieres bestickt und hält auch im Winter warm. "
        let html = """
            <html><body><div class="shop"><form action="/cart"><h1>Kuscheldecke mit Namen</h1>
            <p>\(String(repeating: sentence, count: 6))</p><input type="submit" value="In den Warenkorb"></form></div>
            <div class="notes"><p>\(String(repeating: "Versand innerhalb von drei Tagen, Rückgabe binnen vierzehn Tagen möglich. ", count: 12))</p></div>
            <form action="/search"><p>Suche</p></form></body></html>
            """
        let document = try HTMLExtractor().extract(data: Data(html.utf8), input: "product.html")
        // The product form, though under a third of the page, is not pruned; the search form is.
        #expect(!document.removed.contains { $0.why == "form" && $0.text.contains("Tieres") })
        #expect(document.removed.contains { $0.why == "form" && $0.text.contains("Suche") })
    }

    @Test func nulBytesDoNotStopTheParser() throws {
        var bytes = Array("<html><body><article><p>Vor dem Nullbyte steht dieser erste, ganz gewöhnliche Absatz.</p>".utf8)
        bytes += [0, 0, 0]
        bytes += Array("<p>Nach dem Nullbyte folgt der zweite Absatz, der ebenfalls erhalten bleiben muss.</p></article></body></html>".utf8)
        let document = try HTMLExtractor().extract(data: Data(bytes), input: "nul.html")
        #expect(Self.body(document).contains("der ebenfalls erhalten bleiben muss"))
    }

    @Test func unclosedIframeDoesNotSwallowThePage() throws {
        let html = "<html><body><iframe src=x><article><h1>Titel</h1><p>Dieser Absatz steht nach einem nicht geschlossenen Rahmen und muss trotzdem im Text landen.</p><p>Ein zweiter Absatz, ebenso lang und ebenso wichtig für den Artikel.</p></article></body></html>"
        let document = try HTMLExtractor().extract(data: Data(html.utf8), input: "iframe.html")
        #expect(Self.body(document).contains("muss trotzdem im Text landen"))
    }

    @Test func hostilePageLeaksNothingExecutable() throws {
        let document = try Self.page("hostile")
        let everything = Self.body(document) + document.removed.map(\.text).joined()
        for marker in ["SCRIPTALERT", "ONLOAD", "IMGONERROR", "SCRIPTBODY", "NOSCRIPTTEXT", "STYLETEXT", "IFRAMETEXT", "SVGTEXT", "<"] {
            #expect(!everything.contains(marker), "\(marker) leaked")
        }
        #expect(Self.body(document).contains("A second paragraph follows the script"))
    }

    @Test func emptyInputThrowsAUserFacingError() {
        #expect(throws: IngestError(input: "empty.html", reason: "the page holds no HTML that could be parsed")) {
            try HTMLExtractor().extract(data: Data(), input: "empty.html")
        }
    }
}

import ParallaxModel
import Testing
@testable import ParallaxReport

/// The HTML report of the sample story: one self-contained page with every section a reader needs.
@Suite struct HTMLReportStructureTests {
    let html = HTMLReportWriter().write(ReportFixture.sample)

    @Test(arguments: ["http://", "https://", "//evil", "@import", "url(", "<link", "<script", "src=", "<iframe", "<img"])
    func selfContained(_ forbidden: String) {
        #expect(!html.lowercased().contains(forbidden), "the page must not load anything: found \(forbidden)")
    }

    @Test func readableOnPhoneAndPrintable() {
        #expect(html.hasPrefix("<!doctype html>"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        #expect(html.contains("@media print"))
        #expect(html.contains("@media (max-width:"))
    }

    @Test func everyLinkHasItsAnchor() {
        let tags = HTMLTagScanner.tags(in: html)
        let ids = Set(tags.flatMap { $0.attributes.filter { $0.name == "id" }.map(\.value) })
        let targets = tags.flatMap { $0.attributes.filter { $0.name == "href" }.map(\.value) }
        #expect(!targets.isEmpty)
        for target in targets {
            #expect(target.hasPrefix("#") && ids.contains(String(target.dropFirst())), "dangling link \(target)")
        }
        for id in ["s1", "a1", "a2", "a3", "outlets", "articles"] { #expect(ids.contains(id), "no anchor \(id)") }
    }

    @Test func tagsAreBalanced() {
        let void: Set<String> = ["!doctype", "meta"]
        var open: [String] = []
        for tag in HTMLTagScanner.tags(in: html) where !void.contains(tag.name) {
            if tag.isEnd {
                #expect(open.last == tag.name, "</\(tag.name)> closes <\(open.last ?? "nothing")>")
                if open.last == tag.name { open.removeLast() }
            } else {
                open.append(tag.name)
            }
        }
        #expect(open.isEmpty, "unclosed: \(open)")
    }

    @Test func briefCitesArticles() {
        #expect(html.contains("<h3>Brief</h3><ol class=\"brief\">"))
        #expect(html.contains(
            "<li>The Veldran dike failed at Harnby. <span class=\"cite\">[<a href=\"#a1\">a1</a>, <a href=\"#a2\">a2</a>]</span></li>"))
        #expect(html.contains("<li>Repairs began on Tuesday. <span class=\"cite\">[<a href=\"#a3\">a3</a>]</span></li>"))
    }

    @Test(arguments: [
        (ClaimGroup.Status.conflicting, "g1"), (.agreed, "g2"), (.disputed, "g3"), (.singleSource, "g4"), (.compatible, "g5"),
    ])
    func matrixRowShowsStatusBySymbolAndClass(_ status: ClaimGroup.Status, _ group: String) {
        let row = "<tr class=\"row-\(status.rawValue)\""
        let cell = "<td class=\"status \(status.rawValue)\">\(ClaimMatrix.symbol(status)) \(group)</td>"
        #expect(html.contains(row) && html.contains(row + " title=\""))
        #expect(html.contains(cell), "missing \(cell)")
        #expect(html.contains(".\(status.rawValue) {"), "no colour rule for \(status.rawValue)")
    }

    @Test func matrixHasArticlesAsColumnsAndValuesAsWritten() {
        #expect(html.contains("<tr><th>group</th><th>topic</th><th>a1</th><th>a2</th><th>a3</th></tr>"))
        #expect(html.contains(
            "<td>people evacuated (harnby)</td><td>About 1,200 residents</td><td>Some 1,500 people</td><td></td></tr>"))
        #expect(html.contains("<td>repairs started</td><td></td><td></td><td>Repairs began on Tuesday</td></tr>"))
    }

    @Test func disputesAndOmissions() {
        #expect(html.contains("<h3>Disputes</h3><ul><li class=\"disputed\">⚑ g3 dike neglected: The mayor denies"))
        #expect(html.contains("<h3>Omissions</h3>"))
        #expect(html.contains("<li><a href=\"#a2\">a2</a> Veldran Courier leaves out: g3 (dike neglected), carried by a3</li>"))
        #expect(html.contains("<li><a href=\"#a3\">a3</a> Harnby Post leaves out: g1 (people evacuated (harnby)), carried by a1, a2</li>"))
        #expect(!html.contains("a1</a> Tidewater Ledger leaves out"))
    }

    @Test func outletTable() {
        #expect(html.contains("<h2 id=\"outlets\">Outlets</h2>"))
        #expect(html.contains("<tr><td>Veldran Courier</td><td>1</td><td>33 %</td><td>100 %</td><td>41.7</td><td>1</td><td>0</td></tr>"))
    }

    @Test func articleViewMarksLoadedTermsAndOpinion() {
        #expect(html.contains("<article id=\"a2\" lang=\"en\"><h3>a2: Catastrophe in Harnby as dike fails</h3>"))
        #expect(html.contains(
            "<span class=\"opinion\" title=\"evaluative adjective\">The <mark class=\"loaded\" title=\"alarmist: catastrophe\">catastrophe</mark><sup>1</sup> was entirely predictable.</span><sup>2</sup>"))
        #expect(html.contains("<mark class=\"reported\" title=\"demonising: sabotage\">sabotage</mark><sup>1</sup>"))
        #expect(html.contains("<ol class=\"notes\"><li>“catastrophe”: alarmist: catastrophe</li><li>opinion: evaluative adjective</li></ol>"))
        #expect(html.contains("<h4>Floodwater breaches the Veldran dike</h4>"))
        #expect(html.contains("<span class=\"quote\">“We lost the lower fields,” a farmer said.</span>"))
        #expect(html.contains("sensational headline: alarmist word in headline"))
    }

    @Test func eventsAndRewrites() {
        #expect(html.contains("<li>Event s1.e1: dike breach — a1, a2 <span class=\"meta\">2031-04-01 – 2031-04-02</span></li>"))
        #expect(html.contains("<li>Rewrite a1 ↔ a2: shared figure 6.4 metres, same order of names</li>"))
    }

    @Test func emptyReportIsStillAPage() {
        let empty = HTMLReportWriter().write(Report())
        #expect(empty.contains("0 articles · 0 stories"))
        #expect(empty.hasSuffix("</body></html>\n"))
        #expect(!empty.contains("<h2 id=\"outlets\">"))
    }
}

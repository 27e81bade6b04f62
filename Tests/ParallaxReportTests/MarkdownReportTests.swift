import ParallaxModel
import Testing
@testable import ParallaxReport

/// The Markdown report of the sample story: the same contents as the HTML page, as plain text that
/// renders as headings, lists and tables.
@Suite struct MarkdownReportTests {
    let markdown = MarkdownReportWriter().write(ReportFixture.sample)

    @Test(arguments: [
        "# Parallax report", "## s1: Veldran dike breach at Harnby", "### Brief", "### Claim matrix", "### Why",
        "### Disputes", "### Omissions", "## Outlets", "## Articles", "### a1: Floodwater breaches the Veldran dike",
        "### a3: Dike repairs start in Harnby",
    ])
    func headingPresent(_ heading: String) {
        #expect(markdown.split(separator: "\n").contains(Substring(heading)), "missing heading \(heading)")
    }

    @Test func briefWithCitations() {
        #expect(markdown.contains("- The Veldran dike failed at Harnby. [a1, a2]\n"))
        #expect(markdown.contains("- Repairs began on Tuesday. [a3]\n"))
    }

    @Test func claimMatrix() {
        #expect(markdown.contains("| group | topic | a1 | a2 | a3 |\n|---|---|---|---|---|\n"))
        #expect(markdown.contains("| ✖ g1 | people evacuated (harnby) | About 1,200 residents | Some 1,500 people |  |\n"))
        #expect(markdown.contains("| • g4 | repairs started |  |  | Repairs began on Tuesday |\n"))
        #expect(markdown.contains("- **g1** conflicting: a1 says about 1,200 (county), a2 says some 1,500 (fire brigade).\n"))
        #expect(!markdown.contains("**g4**"), "single-source groups need no explanation line")
    }

    @Test func disputesAndOmissions() {
        #expect(markdown.contains("- ⚑ g3 dike neglected: The mayor denies that the dike was neglected.\n"))
        #expect(markdown.contains("- a2 (Veldran Courier) leaves out: g3 (dike neglected), carried by a3\n"))
        #expect(markdown.contains("- a3 (Harnby Post) leaves out: g1 (people evacuated (harnby)), carried by a1, a2\n"))
    }

    @Test func outletsAndArticles() {
        #expect(markdown.contains("| Veldran Courier | 1 | 33 % | 100 % | 41.67 | 1 | 0 |\n"))
        #expect(markdown.contains("- “catastrophe” (a2.s2): alarmist: catastrophe\n"))
        #expect(markdown.contains("- The catastrophe was entirely predictable. — *evaluative adjective*\n"))
        #expect(markdown.contains("Harnby Post · no date · en · by J. Tern, L. Vask · input `inputs/harnby-post.txt`\n"))
    }

    @Test func tableCellsEscapePipesAndFoldLines() {
        var report = ReportFixture.sample
        report.claims[0].text = "1,200 | or\nmore"
        report.groups[0].topic = "people | evacuated"
        report.articles[1].published = "2031|04"
        let markdown = MarkdownReportWriter().write(report)
        #expect(markdown.contains("| ✖ g1 | people \\| evacuated | 1,200 \\| or more | Some 1,500 people |  |\n"))
        #expect(markdown.contains("| a2 | Veldran Courier | 2031\\|04 | en |"))
    }

    @Test func markupInTextIsEscaped() {
        var report = ReportFixture.sample
        report.brief[0].text = "*Breaking* [news](https://evil.example) <b>now</b> _x_ #1 `code` & more"
        let markdown = MarkdownReportWriter().write(report)
        #expect(markdown.contains(
            "- \\*Breaking\\* \\[news\\](https://evil.example) \\<b\\>now\\</b\\> \\_x\\_ \\#1 \\`code\\` \\& more [a1, a2]\n"))
    }

    @Test func inputPathCannotBreakItsCodeSpan() {
        var report = ReportFixture.sample
        report.articles[0].input = "in`put\n# path"
        let markdown = MarkdownReportWriter().write(report)
        #expect(markdown.contains(" · input `in'put # path`\n"))
    }
}

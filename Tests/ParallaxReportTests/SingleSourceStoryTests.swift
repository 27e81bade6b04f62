import ParallaxModel
import Testing
@testable import ParallaxReport

/// A story whose groups are all single-source has a claim matrix but nothing to explain: no empty "Why".
@Suite struct SingleSourceStoryTests {
    static var report: Report {
        var report = ReportFixture.sample
        report.groups = report.groups.map { group in
            var group = group
            group.status = .singleSource
            return group
        }
        return report
    }

    @Test func htmlHasNoEmptyWhySection() {
        let html = HTMLReportWriter().write(Self.report)
        #expect(html.contains("<h3>Claim matrix</h3>"))
        #expect(!html.contains("<h3>Why</h3>"))
        #expect(!html.contains("<ul>\n</ul>") && !html.contains("<ul></ul>"), "empty list")
    }

    @Test func markdownHasNoEmptyWhySection() {
        let markdown = MarkdownReportWriter().write(Self.report)
        #expect(markdown.contains("### Claim matrix"))
        #expect(!markdown.contains("### Why"))
        #expect(!markdown.contains("\n\n\n"), "blank lines pile up")
    }
}

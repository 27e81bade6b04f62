import ParallaxModel
import Testing
@testable import ParallaxReport

/// The story table shows the day of a date-time; the article view keeps the full value.
@Suite struct HTMLPublishedDayTests {
    @Test(arguments: [
        ("2025-04-28T05:37:00", "2025-04-28"), ("2025-04-28T05:37:00+02:00", "2025-04-28"), ("2025-04-28", "2025-04-28"),
        ("Tuesday", "Tuesday"), ("T1", "T1"),
    ])
    func storyTableShowsTheDay(_ published: String, _ shown: String) {
        var report = ReportFixture.sample
        report.articles[0].published = published
        let html = HTMLReportWriter().write(report)
        #expect(html.contains("<td><a href=\"#a1\">a1</a></td><td>Tidewater Ledger</td><td>\(shown)</td>"))
        #expect(html.contains("Tidewater Ledger · \(published) · en"))
    }
}

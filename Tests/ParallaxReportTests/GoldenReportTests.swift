import Testing
@testable import ParallaxReport

/// The Markdown and HTML of the sample report, compared with the recorded files under `Fixtures/`.
///
/// Any change to the writers shows up here as a diff to review; when it is intended, re-record with
/// `RECORD_SNAPSHOTS=1 swift test --filter ParallaxReportTests` and commit the new files.
@Suite struct GoldenReportTests {
    @Test func markdownMatchesGolden() throws {
        try Fixture.expectMatchesGolden(MarkdownReportWriter().write(ReportFixture.sample), named: "sample-report.md")
    }

    @Test func htmlMatchesGolden() throws {
        try Fixture.expectMatchesGolden(HTMLReportWriter().write(ReportFixture.sample), named: "sample-report.html")
    }

    @Test func rendererUsesTheWriters() throws {
        let report = ReportFixture.sample
        #expect(try ReportRenderer().render(report, as: .markdown) == MarkdownReportWriter().write(report))
        #expect(try ReportRenderer().render(report, as: .html) == HTMLReportWriter().write(report))
        #expect(try ReportRenderer().render(report, as: .json).hasSuffix("}\n"))
    }
}

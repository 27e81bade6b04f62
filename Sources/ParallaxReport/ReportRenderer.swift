public import ParallaxModel

/// Writes a ``Report`` as JSON, Markdown or HTML.
public struct ReportRenderer: Sendable {
    public init() {}

    /// The report in `format`, as text ending in a newline.
    public func render(_ report: Report, as format: ReportFormat) throws -> String {
        switch format {
        case .json: return try report.jsonText()
        case .markdown: return MarkdownReportWriter().write(report)
        case .html: return HTMLReportWriter().write(report)
        }
    }
}

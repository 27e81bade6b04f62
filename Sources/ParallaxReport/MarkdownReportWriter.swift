public import ParallaxModel

/// Writes the report as Markdown for reading in a terminal or a code host.
public struct MarkdownReportWriter: Sendable {
    public init() {}

    public func write(_ report: Report) -> String {
        var out = "# Parallax report\n\n"
        for article in report.articles {
            out += "## \(article.title ?? article.input)\n\n"
            out += "- publisher: \(article.publisher ?? "unknown")\n- published: \(article.published ?? "unknown")\n"
            out += "- language: \(article.language)\n\n"
        }
        return out
    }
}

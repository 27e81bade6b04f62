public import ParallaxModel

/// Writes the report as one self-contained HTML page; all article text is escaped.
public struct HTMLReportWriter: Sendable {
    public init() {}

    public func write(_ report: Report) -> String {
        var out = "<!doctype html><html><head><meta charset=\"utf-8\"><title>Parallax report</title></head><body>"
        for article in report.articles {
            out += "<h2>\((article.title ?? article.input).htmlEscaped)</h2>"
        }
        return out + "</body></html>\n"
    }
}

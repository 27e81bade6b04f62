public import ParallaxModel

/// Writes the report as one self-contained HTML page: no scripts, no network, readable on a phone and
/// printable. Every piece of text that came from an article is escaped.
public struct HTMLReportWriter: Sendable {
    public init() {}

    public func write(_ report: Report) -> String {
        var out = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Parallax report</title>
            <style>\(HTMLReportStyle.css)</style></head><body>
            <h1>Parallax report</h1>
            <p class="meta">\(report.articles.count) articles · \(report.stories.count) stories · \(report.claims.count) claims · \(report.groups.count) claim groups.
            Marks: <span class="agreed">✔ agreed</span> · <span class="compatible">≈ compatible</span> · <span class="conflicting">✖ conflicting</span> · <span class="disputed">⚑ disputed</span> · <span class="single-source">• single source</span></p>

            """
        let articles = Dictionary(report.articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for story in report.stories {
            out += storySection(story, report: report, articles: articles)
        }
        if let outlets = report.outlets, !outlets.isEmpty { out += outletSection(outlets) }
        out += "<h2 id=\"articles\">Articles</h2>\n"
        for article in report.articles { out += HTMLArticleView(article: article).html }
        return out + "</body></html>\n"
    }

    private func storySection(_ story: Story, report: Report, articles: [String: Article]) -> String {
        var out = "<section id=\"\(story.id.htmlEscaped)\"><h2>\(story.id.htmlEscaped): \(story.label.htmlEscaped)</h2>\n"
        out += "<div class=\"scroll\"><table class=\"story-articles\"><tr><th>article</th><th>outlet</th><th>date</th><th>title</th></tr>\n"
        for id in story.articles {
            guard let article = articles[id] else { continue }
            out += "<tr><td><a href=\"#\(id.htmlEscaped)\">\(id.htmlEscaped)</a></td><td>\((article.publisher ?? "–").htmlEscaped)</td>"
                + "<td>\(day(article.published).htmlEscaped)</td><td>\((article.title ?? article.input).htmlEscaped)</td></tr>\n"
        }
        out += "</table></div>\n"
        if story.events.count > 1 || !story.rewrites.isEmpty {
            out += "<ul>"
            for event in story.events {
                let span = [event.start, event.end].compactMap { $0 }.joined(separator: " – ")
                out += "<li>Event \(event.id.htmlEscaped): \(event.label.htmlEscaped) — \(event.articles.joined(separator: ", ").htmlEscaped) <span class=\"meta\">\(span.htmlEscaped)</span></li>"
            }
            for rewrite in story.rewrites {
                out += "<li>Rewrite \(rewrite.articles.joined(separator: " ↔ ").htmlEscaped): \(rewrite.evidence.htmlEscaped)</li>"
            }
            out += "</ul>\n"
        }
        let brief = report.brief.filter { $0.story == story.id }
        if !brief.isEmpty {
            out += "<h3>Brief</h3><ol class=\"brief\">\n"
            for sentence in brief {
                let cites = sentence.cites.map { "<a href=\"#\($0.htmlEscaped)\">\($0.htmlEscaped)</a>" }.joined(separator: ", ")
                out += "<li>\(sentence.text.htmlEscaped) <span class=\"cite\">[\(cites)]</span></li>\n"
            }
            out += "</ol>\n"
        }
        out += matrixSection(ClaimMatrix(story: story, report: report), articles: articles, report: report)
        return out + "</section>\n"
    }

    private func matrixSection(_ matrix: ClaimMatrix, articles: [String: Article], report: Report) -> String {
        guard !matrix.rows.isEmpty else { return "" }
        let ids = matrix.story.articles
        var out = "<h3>Claim matrix</h3><div class=\"scroll\"><table class=\"matrix\"><tr><th>group</th><th>topic</th>"
        out += ids.map { "<th>\($0.htmlEscaped)</th>" }.joined() + "</tr>\n"
        for row in matrix.rows {
            let status = row.group.status.rawValue
            out += "<tr class=\"row-\(status)\" title=\"\(row.group.explanation.htmlEscaped)\"><td class=\"status \(status)\">"
                + "\(ClaimMatrix.symbol(row.group.status)) \(row.group.id.htmlEscaped)</td><td>\(row.group.topic.htmlEscaped)</td>"
            out += ids.map { "<td>\((row.cells[$0] ?? "").htmlEscaped)</td>" }.joined() + "</tr>\n"
        }
        out += "</table></div>\n"
        let explained = matrix.rows.filter { $0.group.status != .singleSource }
        if !explained.isEmpty {
            out += "<h3>Why</h3><ul>\n"
            for row in explained {
                out += "<li><span class=\"status \(row.group.status.rawValue)\">\(row.group.id.htmlEscaped) \(row.group.status.rawValue)</span>: \(row.group.explanation.htmlEscaped)</li>\n"
            }
            out += "</ul>\n"
        }
        let disputes = matrix.rows.filter { $0.group.status == .disputed }
        if !disputes.isEmpty {
            out += "<h3>Disputes</h3><ul>"
            for row in disputes {
                out += "<li class=\"disputed\">⚑ \(row.group.id.htmlEscaped) \(row.group.topic.htmlEscaped): \(row.group.explanation.htmlEscaped)</li>"
            }
            out += "</ul>\n"
        }
        // As the Markdown report: an article whose omitted ids name no group of the report gets no line.
        let omitting = ids.compactMap { articles[$0] }.map { ($0, Omission.omissions(of: $0, in: report)) }.filter { !$0.1.isEmpty }
        if !omitting.isEmpty {
            out += "<h3>Omissions</h3><ul>"
            for (article, omissions) in omitting {
                let omitted = omissions.map(\.phrase.htmlEscaped)
                out += "<li><a href=\"#\(article.id.htmlEscaped)\">\(article.id.htmlEscaped)</a> \((article.publisher ?? article.input).htmlEscaped) leaves out: \(omitted.joined(separator: "; "))</li>"
            }
            out += "</ul>\n"
        }
        return out
    }

    /// The day of an ISO 8601 date-time (`2025-04-28T05:37:00` → `2025-04-28`), so that the story table
    /// stays narrow on a phone; other values as they are, `–` when missing. The article view shows it in full.
    private func day(_ published: String?) -> String {
        guard let published else { return "–" }
        let parts = published.split(separator: "T", maxSplits: 1)
        guard parts.count == 2, parts[0].count == 10, parts[0].allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") })
        else { return published }
        return String(parts[0])
    }

    private func outletSection(_ outlets: [OutletProfile]) -> String {
        var out = "<h2 id=\"outlets\">Outlets</h2><div class=\"scroll\"><table><tr><th>outlet</th><th>articles</th><th>opinion share</th>"
            + "<th>attributed share</th><th>loaded terms / 1,000 words</th><th>sensational headlines</th><th>unattributed assertions</th></tr>\n"
        for outlet in outlets {
            out += "<tr><td>\(outlet.publisher.htmlEscaped)</td><td>\(outlet.articles.count)</td>"
                + "<td>\(Int((outlet.opinionShare * 100).rounded())) %</td><td>\(Int((outlet.attributedShare * 100).rounded())) %</td>"
                + "<td>\((outlet.loadedPerThousandWords * 10).rounded() / 10)</td><td>\(outlet.sensationalHeadlines)</td>"
                + "<td>\(outlet.unattributedAssertions)</td></tr>\n"
        }
        return out + "</table></div>\n"
    }
}

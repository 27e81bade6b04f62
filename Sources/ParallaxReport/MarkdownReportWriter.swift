import Foundation
public import ParallaxModel

/// Writes the report as Markdown: per story the brief with citations, the claim matrix, the disputes and
/// each article's omissions; then the outlets and every article's framing.
public struct MarkdownReportWriter: Sendable {
    public init() {}

    public func write(_ report: Report) -> String {
        var out = "# Parallax report\n\n"
        out += "\(report.articles.count) articles, \(report.stories.count) stories, \(report.claims.count) claims, "
            + "\(report.groups.count) claim groups.\n\n"
        out += "Status marks: ✔ agreed · ≈ compatible · ✖ conflicting · ⚑ disputed · • single source\n\n"
        let articles = Dictionary(report.articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for story in report.stories {
            out += storySection(story, report: report, articles: articles)
        }
        if let outlets = report.outlets, !outlets.isEmpty {
            out += "## Outlets\n\n| outlet | articles | opinion share | attributed share | loaded terms / 1,000 words | sensational headlines | unattributed assertions |\n|---|---|---|---|---|---|---|\n"
            for outlet in outlets {
                out += "| \(cell(outlet.publisher)) | \(outlet.articles.count) | \(percent(outlet.opinionShare)) | "
                    + "\(percent(outlet.attributedShare)) | \(decimal(outlet.loadedPerThousandWords)) | "
                    + "\(outlet.sensationalHeadlines) | \(outlet.unattributedAssertions) |\n"
            }
            out += "\n"
        }
        out += "## Articles\n\n"
        for article in report.articles { out += articleSection(article, report: report) }
        return out
    }

    private func storySection(_ story: Story, report: Report, articles: [String: Article]) -> String {
        var out = "## \(story.id): \(inline(story.label))\n\n"
        out += "| article | outlet | published | language | title |\n|---|---|---|---|---|\n"
        for id in story.articles {
            guard let article = articles[id] else { continue }
            out += "| \(id) | \(cell(article.publisher ?? "–")) | \(cell(article.published ?? "–")) | \(cell(article.language)) | "
                + "\(cell(article.title ?? article.input)) |\n"
        }
        out += "\n"
        if story.events.count > 1 || !story.rewrites.isEmpty {
            for event in story.events {
                let span = [event.start, event.end].compactMap { $0 }.joined(separator: " – ")
                out += "- Event \(event.id): \(inline(event.label)) — \(event.articles.joined(separator: ", "))\(span.isEmpty ? "" : " (\(span))")\n"
            }
            for rewrite in story.rewrites {
                out += "- Rewrite: \(rewrite.articles.joined(separator: " ↔ ")) (score \(decimal(rewrite.score))): \(inline(rewrite.evidence))\n"
            }
            out += "\n"
        }
        let brief = report.brief.filter { $0.story == story.id }
        if !brief.isEmpty {
            out += "### Brief\n\n"
            for sentence in brief {
                out += "- \(inline(sentence.text)) [\(sentence.cites.joined(separator: ", "))]\n"
            }
            out += "\n"
        }
        let matrix = ClaimMatrix(story: story, report: report)
        if !matrix.rows.isEmpty {
            out += "### Claim matrix\n\n| group | topic | " + story.articles.joined(separator: " | ") + " |\n"
            out += "|---|---|" + String(repeating: "---|", count: story.articles.count) + "\n"
            for row in matrix.rows {
                out += "| \(ClaimMatrix.symbol(row.group.status)) \(row.group.id) | \(cell(row.group.topic)) | "
                out += story.articles.map { cell(row.cells[$0] ?? "") }.joined(separator: " | ") + " |\n"
            }
            out += "\n"
            let explained = matrix.rows.filter { $0.group.status != .singleSource }
            if !explained.isEmpty {
                out += "### Why\n\n"
                for row in explained {
                    out += "- **\(row.group.id)** \(row.group.status.rawValue): \(inline(row.group.explanation))\n"
                }
                out += "\n"
            }
        }
        let disputes = matrix.rows.filter { $0.group.status == .disputed }
        if !disputes.isEmpty {
            out += "### Disputes\n\n"
            for row in disputes { out += "- ⚑ \(row.group.id) \(cell(row.group.topic)): \(inline(row.group.explanation))\n" }
            out += "\n"
        }
        let omissions = story.articles.compactMap { id -> String? in
            guard let article = articles[id] else { return nil }
            let omitted = Omission.omissions(of: article, in: report)
            guard !omitted.isEmpty else { return nil }
            return "- \(id) (\(inline(article.publisher ?? article.input))) leaves out: "
                + omitted.map { inline($0.phrase) }.joined(separator: "; ")
        }
        if !omissions.isEmpty { out += "### Omissions\n\n" + omissions.joined(separator: "\n") + "\n\n" }
        return out
    }

    private func articleSection(_ article: Article, report: Report) -> String {
        var out = "### \(article.id): \(inline(article.title ?? article.input))\n\n"
        out += "\(lineStart(inline(article.publisher ?? "unknown outlet"))) · \(inline(article.published ?? "no date")) · "
            + inline(article.language)
        if !article.authors.isEmpty { out += " · by \(inline(article.authors.joined(separator: ", ")))" }
        let input = article.input.map { $0 == "`" ? "'" : $0.isNewline ? " " : $0 }
        out += " · input `\(String(input))`\n\n"
        let framing = article.framing
        out += "Opinion share \(percent(framing.opinionShare)), attributed claims \(percent(framing.attributedShare))"
        out += framing.sensationalHeadline ? ", sensational headline (\(inline(framing.headlineWhy ?? "")))" : ""
        out += ", \(article.removed.count) boilerplate blocks removed.\n\n"
        if !framing.loaded.isEmpty {
            out += "Loaded terms:\n"
            for term in framing.loaded {
                let usage = term.usage.flatMap { $0 == "used" ? nil : ", " + inline($0) } ?? ""
                out += "- “\(inline(term.text))” (\(term.sentence)\(usage)): \(inline(term.why))\n"
            }
            out += "\n"
        }
        let opinions = article.sentences.filter { $0.role == .opinion }
        if !opinions.isEmpty {
            out += "Opinion sentences:\n"
            for sentence in opinions {
                out += "- \(inline(sentence.text))\(sentence.why.map { " — *\(inline($0))*" } ?? "")\n"
            }
            out += "\n"
        }
        return out
    }

    /// Text for a table cell: no line breaks, pipes escaped.
    private func cell(_ text: String) -> String {
        inline(text).replacingOccurrences(of: "|", with: "\\|")
    }

    /// Text for running Markdown: one line, markup characters escaped so article text cannot format.
    private func inline(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case let newline where newline.isNewline: out.append(" ")  // also "\r\n", one Character
            case "*", "_", "`", "[", "]", "<", ">", "#", "&", "\\": out += "\\\(character)"
            default: out.append(character)
            }
        }
        return out
    }

    /// Escaped text that starts a line: a leading list marker (`-`, `+`, `1.`, `1)`) is escaped so that
    /// the line stays a paragraph (`inline` already escapes `*`, `#` and `>`).
    private func lineStart(_ text: String) -> String {
        if let first = text.first, first == "-" || first == "+" { return "\\" + text }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let marker = text.dropFirst(digits.count).first, marker == "." || marker == ")" {
            return digits + "\\" + text.dropFirst(digits.count)
        }
        return text
    }

    private func percent(_ value: Double) -> String { "\(Int((value * 100).rounded())) %" }

    private func decimal(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}

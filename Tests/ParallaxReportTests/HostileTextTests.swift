import Foundation
import ParallaxModel
import Testing
@testable import ParallaxReport

/// Article text is hostile input: whatever a page says, the reports must show it as text and never let it
/// add markup, scripts, network requests or Markdown structure.
@Suite struct HostileTextTests {
    /// The payloads of `Fixtures/hostile-strings.json`.
    static let payloads: [String] = {
        guard let text = Fixture.text("hostile-strings.json"),
            let list = try? JSONDecoder().decode([String].self, from: Data(text.utf8))
        else { return ["<script>alert(1)</script>"] }
        return list
    }()

    /// Elements the HTML writer itself writes; anything else came from article text.
    static let allowedElements: Set<String> = [
        "!doctype", "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "h4", "p", "span", "section",
        "div", "table", "tr", "th", "td", "a", "ul", "ol", "li", "article", "mark", "sup",
    ]
    /// Attributes the HTML writer itself writes.
    static let allowedAttributes: Set<String> = ["lang", "charset", "name", "content", "id", "class", "title", "href"]

    @Test func payloadsLoaded() {
        #expect(Self.payloads.count >= 10, "Fixtures/hostile-strings.json did not load")
    }

    @Test(arguments: payloads)
    func htmlShowsPayloadOnlyAsText(_ payload: String) {
        let html = HTMLReportWriter().write(ReportFixture.hostile(payload))
        let tags = HTMLTagScanner.tags(in: html)
        for tag in tags where tag.name != "!doctype" {
            #expect(Self.allowedElements.contains(tag.name), "unexpected element <\(tag.name)> for payload \(payload)")
            for attribute in tag.attributes {
                #expect(
                    Self.allowedAttributes.contains(attribute.name),
                    "unexpected attribute \(attribute.name)= on <\(tag.name)> for payload \(payload)")
                if attribute.name == "href" { #expect(attribute.value.hasPrefix("#"), "link leaves the page: \(attribute.value)") }
            }
        }
        #expect(!html.lowercased().contains("<script"))
        #expect(html.components(separatedBy: "</style").count == 2, "exactly one </style expected")
        #expect(html.contains(payload.htmlEscaped), "the escaped payload should appear as text")
        if payload.contains("<") { #expect(!html.contains(payload), "the payload appears unescaped") }
    }

    @Test(arguments: payloads)
    func htmlPayloadAddsNoTags(_ payload: String) {
        let clean = HTMLTagScanner.tags(in: HTMLReportWriter().write(ReportFixture.sample))
        let hostile = HTMLTagScanner.tags(in: HTMLReportWriter().write(ReportFixture.hostile(payload)))
        #expect(hostile.map(\.name) == clean.map(\.name), "the payload changed the element structure: \(payload)")
        #expect(hostile.map { $0.attributes.map(\.name) } == clean.map { $0.attributes.map(\.name) })
    }

    @Test(arguments: payloads)
    func markdownPayloadAddsNoStructure(_ payload: String) {
        let clean = MarkdownReportWriter().write(ReportFixture.sample).split(separator: "\n", omittingEmptySubsequences: false)
        let hostile = MarkdownReportWriter().write(ReportFixture.hostile(payload))
            .split(separator: "\n", omittingEmptySubsequences: false)
        #expect(hostile.count == clean.count, "the payload changed the number of lines: \(payload)")
        for (cleanLine, hostileLine) in zip(clean, hostile) {
            #expect(Self.blockMarker(hostileLine) == Self.blockMarker(cleanLine), "line changed kind: \(hostileLine)")
            if Self.blockMarker(cleanLine) == "row" {
                #expect(
                    Self.unescaped("|", in: hostileLine) == Self.unescaped("|", in: cleanLine),
                    "the payload added table cells: \(hostileLine)")
            }
            for character: Character in ["<", "[", "*", "&"] {
                #expect(
                    Self.unescaped(character, in: hostileLine) == Self.unescaped(character, in: cleanLine),
                    "unescaped \(character) in: \(hostileLine)")
            }
        }
    }

    @Test(arguments: ["- dash", "+ plus", "* star", "1. one", "2) two", "# hash", "> quote"])
    func markdownLineStartsCannotStartBlocks(_ publisher: String) throws {
        var report = ReportFixture.sample
        report.articles[0].publisher = publisher
        let markdown = MarkdownReportWriter().write(report)
        let metaLine = markdown.split(separator: "\n").first { $0.contains("· 2031-04-02 · en") }
        let line = try #require(metaLine)
        #expect(Self.blockMarker(line) == "text", "the outlet name starts a block: \(line)")
    }

    /// What kind of Markdown block a line starts: a heading level, a list item, a table row, a quote or text.
    static func blockMarker(_ line: Substring) -> String {
        if line.isEmpty { return "blank" }
        if let hashes = line.firstIndex(where: { $0 != "#" }), hashes != line.startIndex, line[hashes] == " " {
            return String(line[..<hashes])
        }
        if line.hasPrefix("- ") || line.hasPrefix("+ ") || line.hasPrefix("* ") { return "item" }
        if line.hasPrefix("|") { return "row" }
        if line.hasPrefix(">") { return "quote" }
        let digits = line.prefix { $0.isNumber }
        if !digits.isEmpty, let after = line.dropFirst(digits.count).first, after == "." || after == ")",
            line.dropFirst(digits.count + 1).first == " "
        {
            return "ordered item"
        }
        if line.allSatisfy({ $0 == "=" || $0 == "-" || $0 == " " }) { return "rule" }
        return "text"
    }

    /// How often `character` occurs in `line` without a backslash before it, outside code spans.
    static func unescaped(_ character: Character, in line: Substring) -> Int {
        var count = 0
        var escaped = false
        var inCode = false
        for current in line {
            if current == "`" && !escaped { inCode.toggle() }
            if current == character && !escaped && !inCode { count += 1 }
            escaped = current == "\\" && !escaped
        }
        return count
    }
}

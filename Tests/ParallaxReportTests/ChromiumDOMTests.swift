import Foundation
import ParallaxModel
import Testing
@testable import ParallaxReport

/// Loads the HTML reports in headless Chromium and checks the DOM the browser built: the sections are
/// there, no script element exists, and article text (hostile text included) arrives as text.
///
/// Runs only when `chromium` is on `PATH` (`scripts/check-html-report.sh` installs it).
@Suite(.enabled(if: Chromium.executable != nil, "chromium is not on PATH; run scripts/check-html-report.sh to install it"))
struct ChromiumDOMTests {
    static let payload = "<img src=x onerror=alert(1)><script>alert(2)</script>"

    @Test(.timeLimit(.minutes(1)), arguments: [ReportFixture.sample, ReportFixture.hostile(payload)])
    func browserBuildsTheExpectedDocument(_ report: Report) throws {
        let dom = try Chromium.dumpDOM(of: HTMLReportWriter().write(report))
        let tags = HTMLTagScanner.tags(in: dom)
        #expect(!tags.contains { $0.name == "script" }, "the browser found a script element")
        #expect(!tags.contains { $0.name == "img" }, "the browser found an image element")
        #expect(!tags.contains { tag in tag.attributes.contains { $0.name.hasPrefix("on") } }, "event handler attribute")
        for id in ["s1", "outlets", "articles", "a1", "a2", "a3"] {
            #expect(tags.contains { tag in tag.attributes.contains { $0.name == "id" && $0.value == id } }, "no element #\(id)")
        }
        for name in ["table", "mark", "article", "ol"] { #expect(tags.contains { $0.name == name }, "no <\(name)>") }
        let text = Chromium.textContent(of: dom)
        let headings = tags.indices.filter { tags[$0].name == "h3" && !tags[$0].isEnd }
        #expect(headings.count >= 5 + report.articles.count, "too few sub-headings: \(headings.count)")
        for heading in ["Brief", "Claim matrix", "Why", "Disputes", "Omissions", "Outlets", "Articles"] {
            #expect(text.contains(heading), "no \(heading) section")
        }
        for sentence in report.articles.flatMap(\.sentences) {
            #expect(text.contains(sentence.text), "sentence \(sentence.id) is not shown as text")
        }
        for title in report.articles.compactMap(\.title) { #expect(text.contains(title), "title \(title) is not shown") }
        if report.articles[0].title?.contains(Self.payload) == true { #expect(text.contains(Self.payload)) }
    }
}

/// Finding and running headless Chromium.
enum Chromium {
    /// The `chromium` executable on `PATH`, if any.
    static let executable: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for folder in path.split(separator: ":") {
            let url = URL(fileURLWithPath: String(folder)).appendingPathComponent("chromium")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }()

    /// Writes `html` to a temporary file, loads it headless and returns the serialised DOM.
    static func dumpDOM(of html: String) throws -> String {
        let executable = try #require(executable)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-dom-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("report.html")
        try Data(html.utf8).write(to: page)
        let process = Process()
        process.executableURL = executable
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--user-data-dir=\(folder.appendingPathComponent("profile").path)", "--dump-dom", page.absoluteString,
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = DispatchTime.now() + .seconds(20)
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: deadline, execute: watchdog)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        let dom = String(decoding: data, as: UTF8.self)
        try #require(process.terminationStatus == 0 && !dom.isEmpty, "chromium --dump-dom failed (status \(process.terminationStatus))")
        return dom
    }

    /// The text of a serialised DOM: tags, the head and note numbers (`<sup>`) dropped, entities decoded,
    /// white space folded.
    static func textContent(of dom: String) -> String {
        var text = ""
        var inTag = false
        var rest = Substring(dom)
        for (open, close) in [("<head>", "</head>"), ("<sup>", "</sup>")] {
            while let start = rest.range(of: open), let end = rest[start.upperBound...].range(of: close) {
                rest = rest[..<start.lowerBound] + rest[end.upperBound...]
            }
        }
        for character in rest {
            if character == "<" { inTag = true } else if character == ">" && inTag { inTag = false } else if !inTag {
                text.append(character)
            }
        }
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&nbsp;", " "), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

import ParallaxTesting
import Foundation
import ParallaxModel
import Testing
@testable import ParallaxReport

/// Property tests over random article text built from markup fragments: whatever the text, the HTML keeps
/// the sample's element structure and the Markdown keeps its block structure. Each case reports its seed;
/// rerun one with `PARALLAX_SEED=<seed>`.
@Suite struct RandomTextPropertyTests {
    /// Pieces that mean something to HTML or Markdown, plus plain and non-ASCII text.
    static let fragments = [
        "<", ">", "&", "\"", "'", "/", "=", " ", "\n", "\r\n", "\u{2028}", "|", "*", "_", "`", "[", "]", "(", ")",
        "#", "-", "+", "!", "\\", "~", "a", "Z", "script", "img", "onerror", "style", "http://x", "&amp;", "&#60;",
        "<!--", "-->", "é", "ß", "🙂", "1.", "\t", "\u{00A0}",
    ]

    /// The seeds to run: `PARALLAX_SEED` when set, else a fixed list.
    static var seeds: [UInt64] {
        if let text = ProcessInfo.processInfo.environment["PARALLAX_SEED"], let seed = UInt64(text) { return [seed] }
        return Array(1...40)
    }

    static func randomText(_ generator: inout SeededGenerator) -> String {
        let count = Int(generator.next() % 12) + 1
        return (0..<count).map { _ in fragments[Int(generator.next() % UInt64(fragments.count))] }.joined()
    }

    @Test(arguments: seeds)
    func htmlKeepsItsStructure(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let payload = Self.randomText(&generator)
        let clean = HTMLTagScanner.tags(in: HTMLReportWriter().write(ReportFixture.sample))
        let html = HTMLReportWriter().write(ReportFixture.hostile(payload))
        let hostile = HTMLTagScanner.tags(in: html)
        #expect(hostile.map(\.name) == clean.map(\.name), "seed \(seed), payload \(payload.debugDescription)")
        #expect(hostile.map { $0.attributes.map(\.name) } == clean.map { $0.attributes.map(\.name) }, "seed \(seed)")
        #expect(html.contains(payload.htmlEscaped), "seed \(seed): escaped payload missing")
    }

    @Test(arguments: seeds)
    func markdownKeepsItsStructure(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let payload = Self.randomText(&generator)
        let clean = MarkdownReportWriter().write(ReportFixture.sample).split(separator: "\n", omittingEmptySubsequences: false)
        let hostile = MarkdownReportWriter().write(ReportFixture.hostile(payload))
            .split(separator: "\n", omittingEmptySubsequences: false)
        #expect(hostile.count == clean.count, "seed \(seed), payload \(payload.debugDescription)")
        for (cleanLine, hostileLine) in zip(clean, hostile) {
            let cleanKind = HostileTextTests.blockMarker(cleanLine)
            #expect(HostileTextTests.blockMarker(hostileLine) == cleanKind, "seed \(seed): \(hostileLine)")
            if cleanKind == "row" {
                #expect(
                    HostileTextTests.unescaped("|", in: hostileLine) == HostileTextTests.unescaped("|", in: cleanLine),
                    "seed \(seed): \(hostileLine)")
            }
        }
    }

    @Test(arguments: seeds)
    func escapingRoundTrips(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let text = Self.randomText(&generator) + Self.randomText(&generator)
        let escaped = text.htmlEscaped
        #expect(!escaped.contains { "<>\"'".contains($0) }, "seed \(seed): \(escaped)")
        var decoded = escaped
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            decoded = decoded.replacingOccurrences(of: entity, with: character)
        }
        #expect(decoded == text, "seed \(seed): \(text.debugDescription) → \(escaped.debugDescription)")
    }
}


import Foundation
import ParallaxModel
import Testing

@testable import ParallaxFraming

/// Plain wire sentences from `Fixtures/neutral-sentences.txt` hold no loaded term: guards against
/// patterns that hide inside longer words ("regieren", "Georgien"), surnames, technical terms and
/// literal senses.
@Suite struct NeutralSentenceTests {
    struct Line: Sendable, CustomTestStringConvertible {
        var language: String
        var sentence: String
        var testDescription: String { sentence }
    }

    static let lines: [Line] = {
        guard let url = Bundle.module.url(forResource: "Fixtures/neutral-sentences", withExtension: "txt"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return [] }
        return text.split(separator: "\n").compactMap { raw in
            if raw.hasPrefix("#") { return nil }
            let fields = raw.split(separator: "\t", maxSplits: 1)
            guard fields.count == 2 else { return nil }
            return Line(language: String(fields[0]), sentence: String(fields[1]))
        }
    }()

    @Test func fixtureIsThere() {
        #expect(Self.lines.count >= 20)
    }

    @Test(arguments: lines)
    func noLoadedTerm(_ line: Line) {
        let article = FramingAnalyzer().analyze(ArticleMaker.single(line.sentence, language: line.language), claims: [])
        #expect(article.framing.loaded.map(\.text) == [])
    }
}

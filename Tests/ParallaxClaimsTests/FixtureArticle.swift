import Foundation
import ParallaxModel
import Testing
@testable import ParallaxClaims

/// Builds articles for tests: from a fixture file (first block the headline, blank lines between
/// paragraphs, one sentence per line) or from blocks split by an external sentence splitter.
enum FixtureArticle {
    /// The article in `Fixtures/<name>`.
    static func load(_ name: String, language: String, published: String?) throws -> Article {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
        let text = try String(contentsOf: url, encoding: .utf8)
        let paragraphs = text.components(separatedBy: "\n\n").map {
            $0.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        }.filter { !$0.isEmpty }
        return make(paragraphs: paragraphs, language: language, published: published)
    }

    /// An article whose paragraphs are lists of sentences; the first paragraph is the headline.
    static func make(paragraphs: [[String]], language: String, published: String?) -> Article {
        var body = ""
        var sentences: [Sentence] = []
        for (index, paragraph) in paragraphs.enumerated() {
            if !body.isEmpty { body += "\n\n" }
            for (position, sentence) in paragraph.enumerated() {
                if position > 0 { body += " " }
                let start = body.utf16.count
                body += sentence
                sentences.append(
                    Sentence(
                        id: "a1.s\(sentences.count + 1)", text: sentence, role: index == 0 ? .heading : .reporting,
                        start: start, end: body.utf16.count, paragraph: index))
            }
        }
        return Article(id: "a1", input: "fixture", published: published, language: language, body: body, sentences: sentences)
    }

    /// The attribution source of the figure `value` that `sentence` (alone under a headline) gives.
    static func source(ofFigure value: Double, in sentence: String, language: String = "de") throws -> String? {
        let article = make(paragraphs: [["Meldung"], [sentence]], language: language, published: "2026-06-08")
        let claim = try #require(ClaimExtractor().extract(from: article).first { $0.quantity?.value == value })
        return claim.attribution?.source
    }
}

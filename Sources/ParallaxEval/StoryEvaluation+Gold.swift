import Foundation
import ParallaxModel

/// The parts of `examples/gold/<split>.json` the story evaluation reads.
struct StoryGold: Decodable {
    struct ArticleGold: Decodable {
        var input: String
        var story: String
        var event: String
        var language: String?
    }

    var articles: [ArticleGold]
    var rewrites: [[String]]

    /// Gold story per article key.
    var storyOf: [String: String] { Dictionary(articles.map { ($0.input, $0.story) }, uniquingKeysWith: { a, _ in a }) }
    /// Gold event per article key.
    var eventOf: [String: String] { Dictionary(articles.map { ($0.input, $0.event) }, uniquingKeysWith: { a, _ in a }) }
    /// Gold rewrite pairs.
    var rewritePairs: Set<Set<String>> { Set(rewrites.filter { $0.count == 2 }.map(Set.init)) }
}

/// Reads NewsWCL50 (`id`, `cluster`, `outlet`, `lang`, `text` per line) into articles.
///
/// The text was rebuilt from a tokenised release: paragraphs are marked by a literal `\n` (backslash,
/// n) as well as line breaks. Those markers become paragraph breaks; the first line is the headline.
enum NewsWCLLoader {
    private struct Line: Decodable {
        var id: String
        var cluster: String
        var lang: String
        var text: String
    }

    /// The articles and the gold cluster per article id.
    static func load(_ file: URL) throws(StoryEvaluationError) -> ([Article], [String: String]) {
        let text: String
        do {
            text = try String(contentsOf: file, encoding: .utf8)
        } catch {
            throw .unreadableCorpus(path: file.path, underlying: String(describing: error))
        }
        var articles: [Article] = []
        var gold: [String: String] = [:]
        for line in text.split(whereSeparator: \.isNewline) where !line.isEmpty {
            let item: Line
            do {
                item = try JSONDecoder().decode(Line.self, from: Data(line.utf8))
            } catch {
                throw .unreadableCorpus(path: file.path, underlying: String(describing: error))
            }
            let cleaned = item.text.replacingOccurrences(of: "\\n", with: "\n")
            let paragraphs = cleaned.split(whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            articles.append(
                Article(
                    id: item.id, input: "newswcl50.jsonl#\(item.id)", title: paragraphs.first, language: item.lang,
                    body: paragraphs.dropFirst().joined(separator: "\n\n")))
            gold[item.id] = item.cluster
        }
        return (articles, gold)
    }
}

import Foundation
import ParallaxModel
import ParallaxText
import Testing

@testable import ParallaxFraming

/// Where the shared seed articles are, when present.
enum SeedFolder {
    static let seedsFolder: URL? = {
        var folder = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { folder.deleteLastPathComponent() }
        let candidates = [
            folder.deletingLastPathComponent().appendingPathComponent("shared/seeds"),
            URL(fileURLWithPath: "/work/shared/seeds"),
        ]
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) }
    }()
}

/// Checks the motivating example, the shared seed articles, when they are present.
@Suite(.enabled(if: SeedFolder.seedsFolder != nil, "../shared/seeds is absent; seed checks skipped"))
struct SeedArticleTests {

    /// The seed whose file name starts with `prefix`, read the crude way a test may: the first line of
    /// four or more words is the headline, lines without closing punctuation are headings.
    func seed(_ prefix: String) throws -> Article {
        let folder = try #require(SeedFolder.seedsFolder)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let name = try #require(names.first { $0.hasPrefix(prefix) })
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        var blocks: [TextBlock] = []
        for line in text.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) where !line.isEmpty {
            if blocks.isEmpty {
                if line.split(separator: " ").count >= 4 { blocks.append(TextBlock(kind: .heading, text: line)) }
                continue
            }
            let closed = line.last.map { ".!?\"“”:".contains($0) } ?? false
            blocks.append(TextBlock(kind: closed ? .paragraph : .heading, text: line))
        }
        let document = CleanDocument(input: name, declaredLanguage: "de", blocks: blocks)
        let built = ArticleTextBuilder().build(document: document, articleID: "a1")
        let article = Article(id: "a1", input: name, language: "de", body: built.body, sentences: built.sentences)
        return FramingAnalyzer().analyze(article, claims: [])
    }

    @Test(arguments: ["000", "001", "002"])
    func closingParagraphIsOpinion(_ prefix: String) throws {
        let article = try seed(prefix)
        let last = try #require(article.sentences.last { $0.role != .heading })
        #expect(last.role == .opinion, "\(last.why ?? "")")
    }

    @Test func desperationOfTheKremlIsOpinion() throws {
        let article = try seed("004")
        let sentence = try #require(article.sentences.first { $0.text.contains("Verzweiflung des Kreml") })
        #expect(sentence.role == .opinion)
    }

    @Test func attributedCasualtyFigureIsReporting() throws {
        let article = try seed("000")
        let sentence = try #require(article.sentences.first { $0.text.contains("Geheimdienste berichten von über 1.000") })
        #expect(sentence.role == .reporting, "\(sentence.why ?? "")")
    }

    @Test func quotedCourageIsNotTheWritersWord() throws {
        let article = try seed("001")
        let used = article.framing.loaded.filter { $0.usage == "used" }.map(\.text)
        #expect(!used.contains("Mut"))
        #expect(!used.contains("Heldentum"))
        #expect(article.framing.loaded.contains { $0.text == "Heldentum" && $0.usage == "reported" })
    }

    @Test(arguments: [("000", true), ("003", true)])
    func sensationalHeadline(_ prefix: String, _ expected: Bool) throws {
        let article = try seed(prefix)
        #expect(article.framing.sensationalHeadline == expected, "\(article.framing.headlineWhy ?? "")")
    }
}

import Foundation
import Testing
import ParallaxModel
import ParallaxText
@testable import ParallaxClaims

/// Checks the motivating example when the shared seed articles are present (they are not part of
/// the repository; the test is skipped without them). Only figures are asserted, no text.
enum SeedFolder {
    /// `../shared/seeds` next to the repository, or `nil` when absent.
    static let url: URL? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let seeds = root.deletingLastPathComponent().appendingPathComponent("shared/seeds")
        return FileManager.default.fileExists(atPath: seeds.path) ? seeds : nil
    }()
}

@Suite(.enabled(if: SeedFolder.url != nil, "../shared/seeds is absent; seed checks skipped"))
struct SeedArticleTests {

    /// The claims of the seed whose file name starts with `prefix`; each line is a block.
    static func claims(_ prefix: String) throws -> [Claim] {
        let folder = try #require(SeedFolder.url)
        let name = try #require(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasPrefix(prefix) })
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let blocks = lines.enumerated().map { TextBlock(kind: $0.offset == 0 ? .heading : .paragraph, text: $0.element) }
        let built = ArticleTextBuilder().build(
            document: CleanDocument(input: name, declaredLanguage: "de", blocks: blocks), articleID: "a1")
        let article = Article(
            id: "a1", input: name, language: "de", body: built.body, sentences: built.sentences)
        return ClaimExtractor().extract(from: article).filter { $0.kind == .quantity }
    }

    @Test func seed000() throws {
        let claims = try Self.claims("000_")
        let total = try #require(claims.first { $0.quantity?.value == 14000 })
        #expect(total.quantity?.qualifier == .about && total.quantity?.unit == "soldier" && total.measure == "deployed")
        #expect(total.subject == "north korea" && total.attribution?.source == "south korea")
        let reinforcements = try #require(claims.first { $0.quantity?.value == 3000 })
        #expect(reinforcements.measure == "deployed" && reinforcements.attribution?.source == "south korea")
        let area = try #require(claims.first { $0.quantity?.value == 530 })
        #expect(area.quantity?.unit == "square mile" && area.quantity?.qualifier == .moreThan)
        let fallen = try #require(claims.first { $0.quantity?.value == 1000 })
        #expect(fallen.measure == "killed" && fallen.subject == "north korea")
        #expect(fallen.attribution?.source == "south korean intelligence")
    }

    @Test func seed001() throws {
        let claims = try Self.claims("001_")
        let losses = try #require(claims.first { $0.quantity?.value == 4000 })
        #expect(losses.measure == "killed or wounded" && losses.quantity?.qualifier == .about)
        #expect(losses.attribution?.source == "south korean intelligence" && losses.attribution?.hedged == true)
        #expect(claims.contains { $0.quantity?.value == 14000 && $0.quantity?.qualifier == .atLeast })
        #expect(!claims.contains { [28, 4, 2025, 5, 37].contains($0.quantity?.value ?? -1) }, "dateline is no claim")
    }

    @Test func seeds002To004() throws {
        let upTo = try #require(try Self.claims("002_").first { $0.quantity?.value == 12000 })
        #expect(upTo.quantity?.qualifier == .upTo && upTo.attribution?.source == "western intelligence")
        let seed003 = try Self.claims("003_")
        #expect(seed003.first { $0.quantity?.value == 11000 }?.attribution?.source == "south korean intelligence")
        #expect(seed003.first { $0.quantity?.value == 4000 }?.attribution?.source == "south korean military")
        let stationed = try #require(try Self.claims("004_").first { $0.quantity?.value == 10000 })
        #expect(stationed.subject == "north korea" && stationed.attribution?.source == "south korea")
    }
}

import Foundation
import ParallaxModel
import Testing

@testable import ParallaxIngest

/// The five seed articles of `../shared/seeds`, when present: the body holds the story and none of
/// the furniture. Skipped with a message when the folder is absent.
enum SeedFiles {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../shared/seeds")
        .standardized
    static var seedsPresent: Bool { FileManager.default.fileExists(atPath: folder.path) }

    static var seedPaths: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
            .map { folder.appendingPathComponent($0).path }
    }
}

@Suite(.enabled(if: SeedFiles.seedsPresent, "../shared/seeds is absent; seed checks skipped"))
struct SeedArticleTests {

    private func read(_ path: String) throws -> CleanDocument {
        let documents = try InputReader().read(path: path)
        try #require(documents.count == 1)
        if ProcessInfo.processInfo.environment["PARALLAX_DUMP_SEEDS"] != nil {
            let document = documents[0]
            print("=== \(path)\ntitle: \(document.title ?? "-") publisher: \(document.publisher ?? "-") published: \(document.published ?? "-")")
            for block in document.blocks { print("  [\(block.kind)] \(block.text.prefix(90))") }
            for removed in document.removed { print("  REMOVED \(removed.kind) (\(removed.why ?? "")): \(removed.text.replacingOccurrences(of: "\n", with: " / ").prefix(120))") }
        }
        return documents[0]
    }

    @Test func everySeedKeepsItsStoryAndDropsTheFurniture() throws {
        for path in SeedFiles.seedPaths {
            let document = try read(path)
            let body = document.blocks.map(\.text).joined(separator: "\n")
            #expect(document.blocks.count >= 4, "\(path)")
            for furniture in ["Themen:", "#Blackout", "Webinar", "---|", "Details |", "Quellen |", "Finanzen", "Wissenswertes zum Thema", "angemeldet", "Seien Sie dabei", "19:00 Uhr"] {
                #expect(!body.contains(furniture), "\(path) keeps \(furniture)")
            }
            // Every line of the file that is longer than 25 words is story text and must be kept.
            let original = try String(contentsOfFile: path, encoding: .utf8)
            for line in original.split(separator: "\n") where line.split(separator: " ").count > 25 && !line.contains("Seien Sie dabei") {
                #expect(body.contains(String(line.prefix(60))), "\(path) lost: \(line.prefix(60))")
            }
        }
    }

    @Test func datelineOfTheSecondSeedGivesPublisherAndDate() throws {
        let path = try #require(SeedFiles.seedPaths.first { $0.contains("/001_") })
        let document = try read(path)
        #expect(document.publisher == "Kettner Edelmetalle")
        #expect(document.published == "2025-04-28T05:37:00")
        #expect(document.removed.contains { $0.kind == .metadata })
    }

    @Test func headingsAreDetected() throws {
        for path in SeedFiles.seedPaths where !path.contains("/002_") {
            let document = try read(path)
            #expect(document.title != nil, "\(path)")
            #expect(document.blocks.filter { $0.kind == .heading }.count >= 2, "\(path)")
        }
    }
}

import Foundation
import ParallaxModel
import Testing

@testable import ParallaxText

/// Checks on the real data in `/work/shared` (skipped when it is absent).
@Suite struct SharedDataTests {
    static let shared = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared")
    static let corpus = shared.appendingPathComponent("corpora/10kgnad-test.jsonl")
    static let seeds = shared.appendingPathComponent("seeds")

    static var hasCorpus: Bool { FileManager.default.fileExists(atPath: corpus.path) }
    static var hasSeeds: Bool { FileManager.default.fileExists(atPath: seeds.path) }

    struct Record: Decodable { var text: String }

    @Test(.enabled(if: hasCorpus, "needs /work/shared/corpora/10kgnad-test.jsonl"))
    func germanNewsIsIdentifiedAsGerman() throws {
        let lines = try String(contentsOf: Self.corpus, encoding: .utf8).split(separator: "\n")
        let identifier = LanguageIdentifier()
        var wrong: [String] = []
        for line in lines {
            let record = try JSONDecoder().decode(Record.self, from: Data(line.utf8))
            let guess = identifier.identify(record.text)
            if guess.code != "de" { wrong.append("\(guess): \(record.text.prefix(60))") }
        }
        #expect(Double(wrong.count) <= Double(lines.count) * 0.01, "\(wrong.count) of \(lines.count): \(wrong.prefix(5))")
    }

    @Test(.enabled(if: hasSeeds, "needs /work/shared/seeds"))
    func seedsSplitWithExactOffsets() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.seeds.path).filter { $0.hasSuffix(".txt") }
        #expect(!files.isEmpty)
        for file in files {
            let raw = try String(contentsOf: Self.seeds.appendingPathComponent(file), encoding: .utf8)
            let blocks = raw.components(separatedBy: "\n\n").map { TextBlock(kind: .paragraph, text: $0) }
            let text = ArticleTextBuilder().build(document: CleanDocument(input: file, blocks: blocks), articleID: "a")
            #expect(text.language == "de", "\(file)")
            #expect(text.sentences.count > 3, "\(file)")
            ArticleTextBuilderTests.expectOffsetsSliceBack(text, context: file)
        }
    }
}

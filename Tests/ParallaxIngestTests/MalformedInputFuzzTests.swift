import ParallaxTesting
import Foundation
import ParallaxModel
import Testing

@testable import ParallaxIngest

/// Truncated and corrupted versions of every fixture never crash the reader: each gives documents or
/// one-line problems naming the input (seeded; the seed is reported on failure).
@Suite struct MalformedInputFuzzTests {
    private static let fixtures = [
        "plain/dateline-article.txt", "plain/furniture.txt", "feeds/rss.xml", "feeds/atom.xml", "feeds/latin1.xml",
        "jsonl/articles.jsonl", "gzip/article.txt.gz", "gzip/feed.gz",
    ]

    @Test(arguments: fixtures)
    func truncatedAndCorruptedInputsGiveDocumentsOrProblems(fixture: String) throws {
        let original = try [UInt8](Data(contentsOf: URL(fileURLWithPath: FixtureFiles.path(fixture))))
        let seed: UInt64 = 0xF022 &+ UInt64(original.count)
        var generator = SeededGenerator(seed: seed)
        for round in 0..<40 {
            var bytes = Array(original.prefix(Int.random(in: 0...original.count, using: &generator)))
            if round % 2 == 1, !bytes.isEmpty {
                for _ in 0..<Int.random(in: 1...4, using: &generator) {
                    bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(
                        in: 0...255, using: &generator)
                }
            }
            let result = InputReader().ingest(data: Data(bytes), input: "fuzz")
            #expect(!result.documents.isEmpty || !result.problems.isEmpty, "seed \(seed) round \(round)")
            for problem in result.problems {
                #expect(
                    problem.input.hasPrefix("fuzz") && !problem.description.contains("\n"),
                    "seed \(seed) round \(round): \(problem)")
            }
        }
    }
}

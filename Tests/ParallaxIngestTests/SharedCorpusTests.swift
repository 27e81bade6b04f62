import Foundation
import ParallaxModel
import Testing

@testable import ParallaxIngest

enum SharedCorpora {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "../../../shared/corpora"
    )
    .standardized
    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
    static func present(_ name: String) -> Bool { FileManager.default.fileExists(atPath: path(name)) }
}

/// Robustness on the real corpora of `../shared/corpora`, when present; skipped with a message otherwise.
@Suite struct SharedCorpusTests {
    @Test(
        .enabled(
            if: SharedCorpora.present("10kgnad-test.jsonl"), "../shared/corpora/10kgnad-test.jsonl is absent; skipped"))
    func everyGermanNewsArticleReads() {
        let result = InputReader().ingest(path: SharedCorpora.path("10kgnad-test.jsonl"))
        #expect(result.problems.isEmpty, "\(result.problems.prefix(3))")
        #expect(result.documents.count == 1028)
        #expect(result.documents.allSatisfy { $0.blocks.contains { $0.kind == .paragraph } })
        if ProcessInfo.processInfo.environment["PARALLAX_DUMP_CORPUS"] != nil {
            for document in result.documents where !document.removed.isEmpty {
                for removed in document.removed {
                    print("\(document.input) REMOVED \(removed.why ?? ""): \(removed.text.prefix(150))")
                }
            }
        }
    }

    @Test(
        .enabled(if: SharedCorpora.present("newswcl50.jsonl"), "../shared/corpora/newswcl50.jsonl is absent; skipped"))
    func everyEnglishNewsArticleReadsWithoutEscapedLineBreaks() {
        let result = InputReader().ingest(path: SharedCorpora.path("newswcl50.jsonl"))
        #expect(result.problems.isEmpty, "\(result.problems.prefix(3))")
        #expect(result.documents.count == 50)
        #expect(result.documents.allSatisfy { $0.declaredLanguage == "en" && $0.publisher != nil })
        #expect(!result.documents.contains { $0.blocks.contains { $0.text.contains("\\n") } })
        if ProcessInfo.processInfo.environment["PARALLAX_DUMP_CORPUS"] != nil {
            for document in result.documents.prefix(3) {
                print("=== \(document.input) title: \(document.title ?? "-")")
                for block in document.blocks.prefix(8) { print("  [\(block.kind)] \(block.text.prefix(100))") }
            }
            for document in result.documents where !document.removed.isEmpty {
                for removed in document.removed {
                    print("\(document.input) REMOVED \(removed.why ?? ""): \(removed.text.prefix(150))")
                }
            }
        }
    }
}

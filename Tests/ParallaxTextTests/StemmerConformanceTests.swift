import Foundation
import Testing

@testable import ParallaxText

/// Snowball conformance: a committed sample always runs; the full vectors run when `/work/shared` is present.
@Suite struct StemmerConformanceTests {
    static let sharedTestData = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/testdata")

    static func rows(in text: String) -> [(String, String)] {
        text.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard parts.count == 2, !line.hasPrefix("#"), line != "input\texpected" else { return nil }
            return (String(parts[0]), String(parts[1]))
        }
    }

    static func failures(_ stemmer: any Stemmer, _ rows: [(String, String)]) -> [String] {
        rows.compactMap { input, expected in
            let actual = stemmer.stem(input)
            return actual == expected ? nil : "\(input): expected \(expected), got \(actual)"
        }
    }

    static func fixture(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: "tsv"))
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test(arguments: ["de", "en"])
    func committedSample(language: String) throws {
        let stemmer = try #require(Stemmers.forLanguage(language))
        let rows = Self.rows(in: try Self.fixture("stems-\(language)"))
        #expect(rows.count > 50)
        let failures = Self.failures(stemmer, rows)
        #expect(failures.isEmpty, "\(failures.count) failures, e.g. \(failures.prefix(20))")
    }

    static var hasSharedVectors: Bool {
        FileManager.default.fileExists(atPath: sharedTestData.appendingPathComponent("snowball-german.tsv").path)
    }

    @Test(.enabled(if: hasSharedVectors, "needs /work/shared/testdata"), arguments: [
        ("de", "snowball-german.tsv"), ("en", "snowball-english.tsv"),
    ])
    func fullVectors(language: String, file: String) throws {
        let stemmer = try #require(Stemmers.forLanguage(language))
        let text = try String(contentsOf: Self.sharedTestData.appendingPathComponent(file), encoding: .utf8)
        let rows = Self.rows(in: text)
        #expect(rows.count > 30_000)
        let failures = Self.failures(stemmer, rows)
        #expect(failures.isEmpty, "\(failures.count) of \(rows.count) failures, e.g. \(failures.prefix(40))")
    }

    @Test func unknownLanguageHasNoStemmer() {
        #expect(Stemmers.forLanguage("xx") == nil)
        #expect(Stemmers.forLanguage("de-AT") is GermanStemmer)
    }
}

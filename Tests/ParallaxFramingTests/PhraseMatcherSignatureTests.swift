import Foundation
import ParallaxTesting
import Testing

@testable import ParallaxFraming

/// Round 16's matcher (candidates whose later words the sentence cannot hold are dropped by a signature
/// of the sentence's two-byte word openings, at the trie's hits and again before the word-by-word walk)
/// against the unfiltered matcher of round 13, ``ReferencePhraseMatcher``: the same matches in the same
/// order, on the sentences of the 10kGNAD test corpus (when `/work/shared` is present), and
/// ``WordSignature`` against the plain definition.
@Suite struct PhraseMatcherSignatureTests {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpora/10kgnad-test.jsonl")
    static var hasCorpus: Bool { FileManager.default.fileExists(atPath: corpus.path) }

    struct Record: Decodable { var text: String }

    /// The corpus's articles cut at sentence ends and line breaks (a rough split: both matchers see the
    /// same word runs, which is all the comparison needs).
    static func corpusSentences(articles: Int) throws -> [String] {
        let data = try Data(contentsOf: corpus)
        var result: [String] = []
        for line in data.split(separator: UInt8(ascii: "\n")).prefix(articles) {
            let record = try JSONDecoder().decode(Record.self, from: Data(line))
            var current = ""
            for character in record.text {
                current.append(character)
                if character == "." || character == "?" || character == "!" || character == "\n" {
                    result.append(current)
                    current = ""
                }
            }
            if !current.isEmpty { result.append(current) }
        }
        return result
    }

    @Test(.enabled(if: hasCorpus, "needs /work/shared/corpora/10kgnad-test.jsonl"), arguments: ["de", "en"])
    func corpusMatchesEqualUnfilteredMatcher(language: String) throws {
        let lexicon = try #require(try FramingLexicons.bundled.get().byLanguage[language])
        let endings = lexicon.sentenceMatcher.endings.map { String(decoding: $0, as: UTF8.self) }
        let matchers: [(String, PhraseMatcher)] = [
            ("sentence", lexicon.sentenceMatcher), ("on-demand", lexicon.onDemandMatcher),
            ("first person", lexicon.firstPersonMatcher), ("attribution mark", lexicon.attributionMarkMatcher),
            ("function words", lexicon.functionWords),
        ]
        let sentences = try Self.corpusSentences(articles: 1_028)
        var found = 0
        for (name, matcher) in matchers {
            let reference = ReferencePhraseMatcher(patterns: matcher.patterns, endings: name == "function words" ? [] : endings)
            for text in sentences {
                let tokens = WordTokenizer().tokenize(text)
                let fast = matcher.matches(in: tokens)
                let old = reference.matches(in: tokens)
                found += fast.count
                #expect(fast == old, "\(language) \(name): \(text)")
                #expect(fast.map(\.order) == old.map(\.order), "\(language) \(name): \(text)")
            }
        }
        #expect(found > 0)
    }

    /// Random sentences of the lexicons' own stems, many of one first word, so that multi-word patterns
    /// are tried often with and without their later words.
    @Test(arguments: [161, 162] as [UInt64])
    func randomMatchesEqualUnfilteredMatcher(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        let lexicon = try #require(try FramingLexicons.bundled.get().byLanguage["de"])
        let matcher = lexicon.sentenceMatcher
        let endings = matcher.endings.map { String(decoding: $0, as: UTF8.self) }
        let reference = ReferencePhraseMatcher(patterns: matcher.patterns, endings: endings)
        let words = PhraseMatcherReferenceTests.vocabulary(
            matcher.patterns, endings: matcher.endings, generator: &generator)
        let common = ["die", "der", "das", "nicht", "so", "es", "ist", "von", "zu", "um", "a", "x"]
        for _ in 0..<1_500 {
            let count = Int.random(in: 1...24, using: &generator)
            let text = (0..<count).map { _ in
                Bool.random(using: &generator) ? common.randomElement(using: &generator)! : words.randomElement(using: &generator)!
            }.joined(separator: " ")
            let tokens = WordTokenizer().tokenize(text)
            let fast = matcher.matches(in: tokens)
            let old = reference.matches(in: tokens)
            #expect(fast == old, "seed \(seed): \(text)")
            #expect(fast.map(\.order) == old.map(\.order), "seed \(seed): \(text)")
        }
    }

    /// The signature has a word's bit exactly when a word of at least two bytes opens with those bytes.
    @Test(arguments: [163] as [UInt64])
    func signatureEqualsPlainDefinition(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let letters = Array("aeinrstuäöüß-1")
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 0...30, using: &generator)).map { _ in
                String((0..<Int.random(in: 1...6, using: &generator)).map { _ in letters.randomElement(using: &generator)! })
            }.joined(separator: " ")
            let tokens = WordTokenizer().tokenize(text)
            let signature = WordSignature(tokens.folded, tokens.words)
            var plain = Set<Int>()
            for word in tokens.words where word.bytes.count >= 2 {
                plain.insert(WordSignature.bit(tokens.folded[word.bytes.lowerBound], tokens.folded[word.bytes.lowerBound + 1]))
            }
            for bit in 0..<256 {
                var required = [UInt64](repeating: 0, count: WordSignature.lanes)
                required[bit >> 6] = 1 << UInt64(bit & 63)
                #expect(signature.holds(required, at: 0) == plain.contains(bit), "seed \(seed): bit \(bit) in \(text)")
                #expect(
                    (WordSignature.summary(required, at: 0) & ~signature.summary == 0)
                        == plain.contains { $0 & 63 == bit & 63 },
                    "seed \(seed): summary bit \(bit & 63) in \(text)")
            }
        }
    }
}

import ParallaxTesting
import Testing
@testable import ParallaxClaims

/// The plain reading of a suffix table that its faster paths must answer like: the stem the word equals as it stands,
/// or after one inflection ending is removed, with stems compared as `String`s (canonical equivalence) and endings by
/// UTF-8 bytes. Shared by ``WholeWordLookupTests``, ``SharedTableLookupTests`` and ``LatinSpellingLookupTests``.
enum PlainStemReading {
    static func wholeWord(_ stems: [String: String], endings: [String], _ word: String) -> String? {
        if let value = stems[word] { return value }
        let bytes = Array(word.utf8)
        for ending in endings.map({ Array($0.utf8) }) where !ending.isEmpty && ending.count < bytes.count
            && bytes.suffix(ending.count).elementsEqual(ending)
        {
            if let value = stems[String(decoding: bytes.dropLast(ending.count), as: UTF8.self)] { return value }
        }
        return nil
    }

    /// Three thousand seeded words of one to three `pieces` each: the suffix table of `stems` answers each as this plain
    /// reading does (``SharedTableLookupTests``, ``LatinSpellingLookupTests``).
    static func expectRandomWordsAgree(_ stems: [String: String], endings: [String], pieces: [String]) {
        let seed = SeededGenerator.testSeed
        var generator = SeededGenerator(seed: seed)
        let table = SuffixTable(stems, endings: endings, compounds: false)
        for _ in 0..<3_000 {
            var word = ""
            for _ in 0..<Int.random(in: 1...3, using: &generator) { word += pieces.randomElement(using: &generator)! }
            #expect(table.wholeWord(word) == wholeWord(stems, endings: endings, word), "seed \(seed): \(word)")
        }
    }
}

import ParallaxTesting
import Testing

@testable import ParallaxClaims

/// ``EndingFilter`` is a first test in front of the comparison ending by ending (round 21): it never rejects a word that
/// ends in one of its endings — checked against the obvious `hasSuffix` on written words of both languages and on
/// seeded random words and endings, short and long, ASCII and not.
@Suite struct EndingFilterTests {
    static let germanEndings = ["ischen", "ischer", "isches", "ischem", "ische", "isch"]
    static let englishEndings = ["ians", "ian", "ans", "an"]

    static func bytes(_ endings: [String]) -> [[UInt8]] { endings.map { Array($0.utf8) } }

    static func mayEnd(_ filter: EndingFilter, _ word: String) -> Bool {
        Array(word.utf8).withUnsafeBufferPointer { filter.mayEnd($0) }
    }

    @Test(arguments: [
        ("karsenischen", true), ("politisch", true), ("österreichische", true), ("tisch", true), ("isch", true),
        ("haus", false), ("regierung", false), ("abgeordneten", false), ("wähler", false),
    ] as [(String, Bool)])
    func germanWords(word: String, endsInOne: Bool) {
        let filter = EndingFilter(Self.bytes(Self.germanEndings))
        if endsInOne { #expect(Self.mayEnd(filter, word)) }
        #expect(Self.germanEndings.contains { word.hasSuffix($0) } == endsInOne)
        // Rejections are exact: a word the filter rejects ends in none of the endings.
        if !Self.mayEnd(filter, word) { #expect(!endsInOne) }
    }

    @Test(arguments: ["ostravian", "ostravians", "american", "german", "plan", "an", "council", "minister", "state"])
    func englishWords(word: String) {
        let filter = EndingFilter(Self.bytes(Self.englishEndings))
        let endsInOne = Self.englishEndings.contains { word.hasSuffix($0) }
        #expect(Self.mayEnd(filter, word) || !endsInOne, "\(word)")
        #expect(Self.mayEnd(filter, word) == endsInOne, "\(word): the short endings are compared exactly")
    }

    @Test func randomWordsAndEndings() {
        let seed = SeededGenerator.testSeed
        var generator = SeededGenerator(seed: seed)
        for _ in 0..<200 {
            let endings = Self.randomEndings(&generator)
            let filter = EndingFilter(Self.bytes(endings))
            for _ in 0..<200 {
                var word = ByteLookupTests.randomWord(&generator, maxPieces: 6).lowercased()
                if let ending = endings.randomElement(using: &generator), Bool.random(using: &generator) { word += ending }
                let endsInOne = Self.endsInOne(word, of: endings)
                #expect(Self.mayEnd(filter, word) || !endsInOne, "seed \(seed): \(word) against \(endings)")
            }
        }
    }

    /// Up to eight random endings of one to seven characters.
    static func randomEndings(_ generator: inout SeededGenerator) -> [String] {
        (0..<Int.random(in: 0...8, using: &generator)).map { _ in
            String(ByteLookupTests.randomWord(&generator, maxPieces: 3).lowercased().suffix(Int.random(in: 1...7, using: &generator)))
        }.filter { !$0.isEmpty }
    }

    /// The oracle: whether `word` ends in one of `endings`, compared byte by byte.
    static func endsInOne(_ word: String, of endings: [String]) -> Bool {
        endings.contains { Array(word.utf8).reversed().starts(with: Array($0.utf8).reversed()) }
    }

    /// Words of fewer than four bytes are answered exactly (round 24): such a word can end only in a short ending.
    @Test func shortWordsAreAnsweredExactly() {
        let seed = SeededGenerator.testSeed
        var generator = SeededGenerator(seed: seed)
        for _ in 0..<200 {
            let endings = Self.randomEndings(&generator)
            let filter = EndingFilter(Self.bytes(endings))
            for _ in 0..<100 {
                let word = ByteLookupTests.randomWord(&generator, maxPieces: 2).lowercased()
                guard word.utf8.count < 4 else { continue }
                let endsInOne = Self.endsInOne(word, of: endings)
                #expect(Self.mayEnd(filter, word) == endsInOne, "seed \(seed): \(word) against \(endings)")
            }
        }
    }
}

import ParallaxTesting
import Testing
@testable import ParallaxClaims

/// The byte comparisons of round 12 answer as the `String` operations they replace: `WordSet.contains`
/// (byte table for Latin-1 words) as `Set<String>.contains`, `PhraseTable.bytesMatch` as `==` and
/// `hasPrefix`, and the tokenizer's Latin-1 flag as a test of the scalars — on random words of ASCII,
/// Latin-1, decomposed umlauts and letters outside Latin-1, and on the lexicons' own words.
@Suite struct ByteLookupTests {
    static let pieces = ["a", "e", "k", "z", "ä", "ö", "ü", "Ä", "ß", "é", "a\u{308}", "\u{301}", "ł", "ж", "-", "ÿ", "µ"]

    static func randomWord(_ generator: inout SeededGenerator, maxPieces: Int = 5) -> String {
        (0..<Int.random(in: 1...maxPieces, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    /// The obvious version: the key filter of round 11 in front of `Set<String>.contains` (the filter may say no
    /// to a word canonically equal to a member with other scalars, `a` + U+0308 against `ä`; the byte table must
    /// answer exactly as this does).
    private static func reference(_ words: Set<String>) -> (String, Int) -> Bool {
        func bit(_ key: Int) -> Int { Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15) >> 52) }
        let bits = Set(words.map { bit(ClaimToken.key(of: $0)) })
        return { word, key in bits.contains(bit(key)) && words.contains(word) }
    }

    @Test func wordSetAgreesWithASetOfStrings() {
        let seed = SeededGenerator.testSeed
        var generator = SeededGenerator(seed: seed)
        for size in [0, 1, 3, 20, 300] {
            for latinOnly in [true, false] {
                let words = Set((0..<size).map { _ in Self.randomWord(&generator).lowercased() }.filter { !latinOnly || ClaimToken.isLatin1($0) })
                let set = WordSet(words)
                let expected = Self.reference(words)
                for _ in 0..<2_000 {
                    let token = ClaimTokenizer.tokens(of: Self.randomWord(&generator)).first
                        ?? ClaimToken(text: "x", kind: .word, start: 0, end: 0, spaceBefore: true)
                    let scalars = token.lower.unicodeScalars.map(\.value)
                    #expect(set.contains(token) == expected(token.lower, token.key), "seed \(seed): \(scalars)")
                    #expect(set.contains(token.lower) == expected(token.lower, token.key), "seed \(seed): \(scalars)")
                }
                for word in words {
                    #expect(set.contains(word), "seed \(seed): \(word.unicodeScalars.map(\.value))")
                    let tokens = ClaimTokenizer.tokens(of: word)
                    if tokens.count == 1 { #expect(set.contains(tokens[0]) == expected(tokens[0].lower, tokens[0].key), "seed \(seed): \(word)") }
                }
            }
        }
    }

    @Test(arguments: ["de", "en"])
    func lexiconWordSetsFindTheirOwnWords(language: String) {
        let pack = LanguagePack.pack(for: language)
        for set in [pack.determiners, pack.sourceSkips, pack.unitGapStops, pack.separablePredicateWords, pack.subjunctives] {
            for word in set.words {
                let tokens = ClaimTokenizer.tokens(of: word)
                guard tokens.count == 1 else { continue }
                #expect(set.contains(tokens[0]) == set.words.contains(tokens[0].lower), "\(language): \(word)")
            }
        }
    }

    @Test func bytesMatchAgreesWithStringComparisonOnLatinOneText() {
        let seed = SeededGenerator.testSeed
        var generator = SeededGenerator(seed: seed)
        for _ in 0..<5_000 {
            let token = Self.randomWord(&generator, maxPieces: 4)
            let word = Bool.random(using: &generator) ? String(token.prefix(Int.random(in: 0...3, using: &generator))) : Self.randomWord(&generator, maxPieces: 3)
            guard ClaimToken.isLatin1(token), ClaimToken.isLatin1(word) else { continue }
            #expect(PhraseTable<Bool>.bytesMatch(token, word, prefix: false) == (token == word), "seed \(seed): \(token) \(word)")
            #expect(PhraseTable<Bool>.bytesMatch(token, word, prefix: true) == token.hasPrefix(word), "seed \(seed): \(token) \(word)")
        }
    }

    @Test func latinOneFlagAgreesWithTheScalars() {
        let seed = SeededGenerator.testSeed
        var generator = SeededGenerator(seed: seed)
        for _ in 0..<3_000 {
            let text = Self.randomWord(&generator, maxPieces: 6)
            for token in ClaimTokenizer.tokens(of: text) {
                let expected = token.text.unicodeScalars.allSatisfy { $0.value <= 0xFF }
                #expect(token.isLatin1 == expected, "seed \(seed): \(token.text.unicodeScalars.map(\.value))")
                #expect(!token.isLatin1 || token.lower.unicodeScalars.allSatisfy { $0.value <= 0xFF })
            }
        }
    }
}

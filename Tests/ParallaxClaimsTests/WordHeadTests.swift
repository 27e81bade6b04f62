import ParallaxTesting
import Testing

@testable import ParallaxClaims

/// The opening-bytes test of round 17 (`WordHead`, in front of `PhraseShape.longest`) answers as the byte prefix
/// it stands for, and `PhraseTable.match` with it finds what the plain definition finds — the longest phrase whose
/// words equal the tokens (the last one a prefix for a `*` phrase), its first word under the token's key — on random
/// words of ASCII, Latin-1, decomposed umlauts and letters outside Latin-1, and on the lexicons' own phrases.
@Suite struct WordHeadTests {
    @Test(arguments: [
        ("", "", true), ("", "a", true), ("a", "", false), ("ab", "ab", true), ("ab", "abc", true), ("abc", "ab", false),
        ("präsident", "präsidentin", true), ("präsident", "präsidium", false), ("abcdefgh", "abcdefghij", true),
        ("über", "uber", false), ("abc", "ab", false),
        // Past eight bytes the head cannot tell (a necessary condition only): `präside` and `abcdefgh` are all it holds.
        ("präsidentin", "präsident", true), ("abcdefghij", "abcdefgh", true), ("abcdefghij", "abcdefghxy", true),
    ] as [(String, String, Bool)])
    func headOpensAsTheFirstEightBytes(word: String, text: String, opens: Bool) {
        #expect(WordHead(word).opens(WordHead.bytes(of: text)) == opens)
    }

    @Test func headNeverRejectsAByteprefix() {
        var generator = SeededGenerator(seed: SeededGenerator.testSeed)
        for _ in 0..<5_000 {
            let word = ByteLookupTests.randomWord(&generator, maxPieces: 12)
            let text = Bool.random(using: &generator) ? word + ByteLookupTests.randomWord(&generator) : ByteLookupTests.randomWord(&generator, maxPieces: 12)
            let isPrefix = text.utf8.starts(with: word.utf8)
            let opens = WordHead(word).opens(WordHead.bytes(of: text))
            // A byte prefix always opens; the head decides alone for words of up to eight bytes.
            if isPrefix { #expect(opens, "\(Array(word.utf8)) \(Array(text.utf8))") }
            if word.utf8.count <= 8 { #expect(opens == isPrefix, "\(Array(word.utf8)) \(Array(text.utf8))") }
        }
    }

    /// The plain definition of `PhraseTable.match`: the length of the longest phrase standing at `index` and the values of
    /// the phrases of that length that do.
    static func reference(_ phrases: [(String, Int)], _ tokens: [ClaimToken], at index: Int) -> (length: Int, values: Set<Int>)? {
        var best: (length: Int, values: Set<Int>)?
        for (phrase, value) in phrases {
            var text = phrase.lowercased()
            let prefix = text.hasSuffix("*")
            if prefix { text.removeLast() }
            let words = ClaimTokenizer.tokens(of: text).map(\.lower)
            guard let first = words.first, ClaimToken.key(of: first) == tokens[index].key, index + words.count <= tokens.count else {
                continue
            }
            let stands = words.indices.allSatisfy { offset in
                let lower = tokens[index + offset].lower
                return offset == words.count - 1 && prefix ? lower.hasPrefix(words[offset]) : lower == words[offset]
            }
            guard stands else { continue }
            if best == nil || words.count > best!.length {
                best = (words.count, [value])
            } else if words.count == best!.length {
                best!.values.insert(value)
            }
        }
        return best
    }

    static func check(_ phrases: [(String, Int)], sentences: [String], label: String) {
        let table = PhraseTable(phrases)
        for sentence in sentences {
            let tokens = ClaimTokenizer.tokens(of: sentence)
            for index in tokens.indices {
                let found = table.match(tokens, at: index)
                let expected = reference(phrases, tokens, at: index)
                #expect(found?.length == expected?.length, "\(label): \(sentence.unicodeScalars.map(\.value)) at \(index)")
                if let found, let expected { #expect(expected.values.contains(found.value), "\(label): \(sentence) at \(index)") }
            }
        }
    }

    @Test(arguments: [1701, 1702] as [UInt64])
    func matchAgreesWithThePlainDefinition(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        var phrases: [(String, Int)] = [
            ("nach Angaben", 1), ("nach Angaben der", 2), ("nach*", 3), ("zufolge", 4), ("according to", 5), ("präsident*", 6),
            ("Präsidentin der", 7), ("über den", 8), ("über die", 9), ("abcdefghij", 10), ("abcdefghik*", 11),
        ]
        var vocabulary = ["nach", "Angaben", "der", "die", "den", "über", "Präsidentin", "präsidenten", "abcdefghij", "abcdefghikl"]
        for value in 20..<120 {
            let words = (0..<Int.random(in: 1...3, using: &generator)).map { _ in ByteLookupTests.randomWord(&generator, maxPieces: 9) }
            phrases.append((words.joined(separator: " ") + (Bool.random(using: &generator) ? "*" : ""), value))
            vocabulary += words
        }
        let sentences = (0..<400).map { _ in
            (0..<Int.random(in: 1...12, using: &generator)).map { _ in
                Bool.random(using: &generator)
                    ? vocabulary.randomElement(using: &generator)! + (Bool.random(using: &generator) ? ByteLookupTests.randomWord(&generator, maxPieces: 2) : "")
                    : ByteLookupTests.randomWord(&generator, maxPieces: 9)
            }.joined(separator: " ")
        }
        Self.check(phrases, sentences: sentences, label: "seed \(seed)")
    }
}

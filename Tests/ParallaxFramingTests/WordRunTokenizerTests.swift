import Testing

@testable import ParallaxFraming

/// The byte tokenizer's loop over runs of ASCII letters and digits (round 28, framing speed) against the obvious tokenizer
/// over characters, on seeded random texts built character by character: runs that end at the text's end, at a joiner, at
/// punctuation, at a Latin-1 or other letter, and joiners before and after them.
@Suite struct WordRunTokenizerTests {
    /// Letters and digits, joined across `-`, `'` and `’` between them (no spaced hyphen: the texts have no `,` or `.`, so
    /// none is tokenised text).
    static func referenceWords(_ text: String) -> [String] {
        let characters = Array(text)
        var words: [String] = []
        var current = ""
        for (index, character) in characters.enumerated() {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if !current.isEmpty, "-'’".contains(character), index + 1 < characters.count,
                characters[index + 1].isLetter || characters[index + 1].isNumber
            {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// A word's folded form: lower case, the typographic apostrophe as `'`.
    static func folded(_ word: String) -> String {
        String(word.lowercased().map { $0 == "’" ? "'" : $0 })
    }

    @Test(arguments: [
        "", "a", "Z9", "ab-CD", "ab- cd", "ab -cd", "x'Y’z", "Abc“Def”", "ÄbcDÖf", "abcΩmega", "1.000", "a@b[c`d{e/f:g",
        "Kim Jong - un", "ende-", "'anfang",
    ])
    func knownTexts(_ text: String) {
        let tokenized = WordTokenizer().tokenize(text)
        #expect(tokenized.words.indices.map { tokenized.written($0) } == Self.referenceWords(text))
        for index in tokenized.words.indices {
            #expect(tokenized.foldedWord(index) == Self.folded(tokenized.written(index)), "\(text)")
        }
    }

    @Test(arguments: [28, 29, 30] as [UInt64])
    func randomTexts(seed: UInt64) {
        let pool: [String] = [
            "a", "z", "A", "Z", "0", "9", "m", "Q", "-", "'", "’", " ", " ", "@", "[", "`", "{", "/", ":", "ä", "Ö", "ß", "Ω", "–",
            "„", "“",
        ]
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<500 {
            let text = (0..<(1 + next(30))).map { _ in pool[next(pool.count)] }.joined()
            let tokenized = WordTokenizer().tokenize(text)
            #expect(tokenized.words.indices.map { tokenized.written($0) } == Self.referenceWords(text), "seed \(seed): \(text)")
            for index in tokenized.words.indices {
                #expect(tokenized.foldedWord(index) == Self.folded(tokenized.written(index)), "seed \(seed): \(text)")
            }
        }
    }
}

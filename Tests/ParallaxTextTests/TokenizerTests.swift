import ParallaxTesting
import Testing

@testable import ParallaxText

@Suite struct TokenizerTests {
    @Test func wordsNumbersAndPunctuation() {
        let tokens = Tokenizer().tokens(in: "Die All-in-Verträge: 14.000 Euro, 1,5 % (d.h. viel)...")
        #expect(tokens.map(\.text) == ["Die", "All-in-Verträge", ":", "14.000", "Euro", ",", "1,5", "%", "(", "d", ".", "h", ".", "viel", ")", "..."])
        #expect(tokens.map(\.kind) == [
            .word, .word, .punctuation, .number, .word, .punctuation, .number, .punctuation, .punctuation, .word,
            .punctuation, .word, .punctuation, .word, .punctuation, .punctuation,
        ])
    }

    @Test func offsetsAreUTF16AndBased() {
        let text = "😀 Größe: don't"
        let tokens = Tokenizer().tokens(in: text, baseOffset: 100)
        let utf16 = Array(text.utf16)
        #expect(tokens.map(\.text) == ["😀", "Größe", ":", "don't"])
        for token in tokens {
            #expect(String(decoding: utf16[(token.start - 100)..<(token.end - 100)], as: UTF16.self) == token.text)
        }
        #expect(tokens[1].start == 103)
    }

    /// Differential test against an obvious `Character`-based tokenizer over random text.
    @Test func agreesWithNaiveWordSplitting() {
        var generator = SeededGenerator(seed: 0x5EED_0001)
        for round in 0..<200 {
            let text = RandomText.paragraph(using: &generator)
            let fast = Tokenizer().tokens(in: text).filter { $0.kind != .punctuation }.map(\.text)
            let naive = naiveWords(text)
            #expect(fast == naive, "seed 0x5EED0001 round \(round): \(text)")
        }
    }

    /// Words and numbers by the same rules, written with `Character`s.
    func naiveWords(_ text: String) -> [String] {
        let chars = Array(text)
        func isAlnum(_ c: Character) -> Bool { c.isLetter || c.isNumber }
        var words: [String] = []
        var current = ""
        for (i, c) in chars.enumerated() {
            let prev = i > 0 ? chars[i - 1] : " "
            let next = i + 1 < chars.count ? chars[i + 1] : " "
            if isAlnum(c) {
                current.append(c)
            } else if !current.isEmpty, "-'".contains(c), isAlnum(prev), isAlnum(next) {
                current.append(c)
            } else if !current.isEmpty, ".,".contains(c), prev.isNumber, next.isNumber {
                current.append(c)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}

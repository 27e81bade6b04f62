import ParallaxTesting
import Testing

@testable import ParallaxClaims

/// Round 23: the tokenizer classifies ASCII bytes without decoding scalars, consumes words and numbers in loops of their
/// own and builds ASCII tokens in one pass. Its tokens must equal, field by field, those of the obvious version below —
/// a loop over the text's scalars that makes each token with the `String`-based ``ClaimToken`` initialiser.
@Suite struct TokenizerFastPathTests {
    /// The obvious tokenizer: scalar by scalar, UTF-16 offsets from the scalars, tokens built from their text.
    static func reference(_ text: String, base: Int = 0) -> [ClaimToken] {
        let scalars = Array(text.unicodeScalars)
        func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }
        let numberJoiners: Set<UInt32> = [0x2E, 0x2C, 0x3A, 0x2F, 0xA0, 0x202F, 0x2009, 0x27]
        let wordJoiners: Set<UInt32> = [0x2D, 0x27, 0x2019]
        var tokens: [ClaimToken] = []
        var index = 0
        var utf16 = base
        var spaceBefore = true
        while index < scalars.count {
            let first = scalars[index]
            if ClaimTokenizer.isSpace(first) {
                spaceBefore = true
                utf16 += first.utf16.count
                index += 1
                continue
            }
            let begin = index, beginUTF16 = utf16
            let kind: ClaimToken.Kind
            let accept: (Unicode.Scalar) -> Bool
            let joiners: Set<UInt32>
            if isDigit(first) {
                (kind, accept, joiners) = (.number, isDigit, numberJoiners)
            } else if ClaimTokenizer.isLetter(first) {
                (kind, accept, joiners) = (.word, ClaimTokenizer.isLetter, wordJoiners)
            } else {
                (kind, accept, joiners) = (.punctuation, { _ in false }, [])
            }
            utf16 += first.utf16.count
            index += 1
            while index < scalars.count {
                if accept(scalars[index]) {
                    utf16 += scalars[index].utf16.count
                    index += 1
                } else if joiners.contains(scalars[index].value), index + 1 < scalars.count, accept(scalars[index + 1]) {
                    utf16 += scalars[index].utf16.count + scalars[index + 1].utf16.count
                    index += 2
                } else {
                    break
                }
            }
            var word = String.UnicodeScalarView()
            word.append(contentsOf: scalars[begin..<index])
            tokens.append(ClaimToken(text: String(word), kind: kind, start: beginUTF16, end: utf16, spaceBefore: spaceBefore))
            spaceBefore = false
        }
        return tokens
    }

    static func check(_ text: String, seed: UInt64? = nil) {
        let fast = ClaimTokenizer.tokens(of: text, base: 7)
        let expected = reference(text, base: 7)
        let scalars = text.unicodeScalars.map(\.value)
        #expect(fast.count == expected.count, "seed \(seed.map(String.init) ?? "-"): \(scalars)")
        for (token, wanted) in zip(fast, expected) {
            #expect(token == wanted, "seed \(seed.map(String.init) ?? "-"): \(token.text) in \(scalars)")
            #expect(Array(token.text.utf8) == Array(wanted.text.utf8), "\(token.text)")
            #expect(Array(token.lower.utf8) == Array(wanted.lower.utf8), "\(token.text)")
        }
    }

    @Test(arguments: [
        "Der Bundespräsident sagte am Montag, 1.500 Bürger hätten „Ja“ gesagt.", "US-PRÄSIDENT Trump's don’t 19:00 Uhr",
        "14\u{A0}000 und 14\u{202F}000 und 14\u{2009}000 Euro, 1,5 % am 28.04.2025", "A-", "-A", "a'", "1.", "1.a", "x\u{2019}",
        "Ǆemal ŁÓDŹ 🙂 Zürich\t\n\r ABC", "A", "", " ", "9", "ß-Straße", "e\u{301}x", "2'000 a-1 Mio.–Grenze",
    ])
    func writtenTexts(text: String) {
        Self.check(text)
    }

    /// Random texts of letters (ASCII, Latin-1, others), digits, joiners, spaces of every kind and punctuation.
    @Test func randomTexts() {
        let seed = SeededGenerator.testSeed
        var generator = SeededGenerator(seed: seed)
        let pieces = [
            "a", "Z", "q", "M", "ä", "Ö", "ß", "é", "Ł", "ǅ", "Я", "1", "0", "9", ".", ",", ":", "/", "'", "-", "\u{2019}", " ",
            "\u{A0}", "\u{202F}", "\u{2009}", "\t", "\n", "„", "“", "(", "%", "€", "🙂", "\u{301}", "×", "ª", "µ", "º", "\u{85}",
        ]
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 1...24, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            Self.check(text, seed: seed)
        }
    }
}

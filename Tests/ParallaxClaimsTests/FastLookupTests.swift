import ParallaxTesting
import Testing
@testable import ParallaxClaims

/// The fast paths of claim extraction's speed round answer exactly as the obvious versions do:
/// `ByteSet` as `Set<UInt8>`, `IntKeyIndex.contains` as `Set<Int>`, the byte fold of umlauts as the
/// character fold, `PhraseTable.match` (entries read in place, first words filtered by length) as a
/// plain longest-match over the phrases, and the number-start filter of `QuantityFinder` lets through
/// every word that can open a number.
@Suite struct FastLookupTests {
    @Test func byteSetAgreesWithASetOfBytes() {
        let seed = SeededGenerator.testSeed
        var generator = SeededGenerator(seed: seed)
        for size in [0, 1, 5, 40, 200] {
            let bytes = Set((0..<size).map { _ in UInt8.random(in: 0...255, using: &generator) })
            let set = ByteSet(bytes)
            for byte in UInt8.min...UInt8.max { #expect(set.contains(byte) == bytes.contains(byte), "seed \(seed): byte \(byte)") }
        }
    }

    @Test func intKeyIndexContainsAgreesWithASet() {
        let seed = SeededGenerator.testSeed
        var generator = SeededGenerator(seed: seed)
        for size in [0, 1, 3, 100, 2_000] {
            var keys = Set<Int>()
            while keys.count < size { keys.insert(Int.random(in: 0...20_000, using: &generator)) }
            let index = IntKeyIndex(keys: keys)
            for probe in 0...20_000 { #expect(index.contains(probe) == keys.contains(probe), "seed \(seed): probe \(probe)") }
        }
    }

    /// Random words from ASCII letters, umlauts (composed and decomposed), `ß`, `é`, combining marks
    /// and letters outside Latin-1.
    @Test func byteFoldAgreesWithTheCharacterFold() {
        let seed = SeededGenerator.testSeed
        var generator = SeededGenerator(seed: seed)
        let pieces = ["a", "k", "z", "ä", "ö", "ü", "Ä", "ß", "é", "a\u{308}", "u\u{308}", "\u{301}", "ł", "ж", "-", "\u{A0}"]
        for _ in 0..<5_000 {
            let word = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(ArticleNames.fold(word) == ArticleNames.foldCharacters(word), "seed \(seed): \(word.unicodeScalars.map(\.value))")
        }
    }

    /// The obvious longest match: every phrase compared word by word at `index`, among the phrases whose first
    /// word has the token's look-up key (its first three characters), as the table documents.
    private static func naiveMatch(_ phrases: [(String, Int)], _ tokens: [ClaimToken], at index: Int) -> (Int, Int)? {
        var best: (Int, Int)?
        for (phrase, value) in phrases {
            var text = phrase.lowercased()
            let prefix = text.hasSuffix("*")
            if prefix { text.removeLast() }
            let words = ClaimTokenizer.tokens(of: text).map(\.lower)
            guard !words.isEmpty, index + words.count <= tokens.count, ClaimToken.key(of: words[0]) == tokens[index].key else { continue }
            let matched = words.indices.allSatisfy { offset in
                let token = tokens[index + offset].lower
                return offset == words.count - 1 && prefix ? token.hasPrefix(words[offset]) : token == words[offset]
            }
            // Longest first; among equally long phrases the first added wins, as in the table.
            if matched, best == nil || words.count > best!.0 { best = (words.count, value) }
        }
        return best
    }

    @Test func phraseTableAgreesWithANaiveLongestMatch() {
        let seed = SeededGenerator.testSeed
        var generator = SeededGenerator(seed: seed)
        // `verlätzt` twice, composed and decomposed: equal as strings, unequal in bytes, same look-up key.
        let vocabulary = [
            "ver", "verletzt", "verletzte", "vermisst", "verlätzt", "verla\u{308}tzt", "über", "rund", "a", "an", "and", "ein", "eine",
        ]
        for _ in 0..<200 {
            let phrases: [(String, Int)] = (0..<Int.random(in: 1...12, using: &generator)).map { number in
                let words = (0..<Int.random(in: 1...3, using: &generator)).map { _ in vocabulary.randomElement(using: &generator)! }
                return (words.joined(separator: " ") + (Bool.random(using: &generator) ? "*" : ""), number)
            }
            let table = PhraseTable(phrases)
            let text = (0..<10).map { _ in vocabulary.randomElement(using: &generator)! }.joined(separator: " ")
            let tokens = ClaimTokenizer.tokens(of: text)
            for index in tokens.indices {
                let fast = table.match(tokens, at: index)
                let naive = Self.naiveMatch(phrases, tokens, at: index)
                #expect(fast?.length == naive?.0, "seed \(seed): \(phrases) at \(index) of \(text)")
                if let fast, let naive, fast.length == naive.0 {
                    // Equally long phrases may differ in value only when both match; the table keeps the first added.
                    #expect(Self.naiveMatch(phrases.filter { $0.1 == fast.value }, tokens, at: index)?.0 == fast.length)
                }
            }
        }
    }

    @Test(arguments: ["de", "en"])
    func everyWordThatOpensANumberPassesTheStartFilter(language: String) {
        let pack = LanguagePack.pack(for: language)
        let words = Array(pack.numberWords.keys) + Array(pack.halfWords.words) + Array(pack.halfArticles.words)
        for word in words {
            #expect(pack.numberStartKeys.contains(ClaimToken.key(of: word)), "\(language): \(word)")
        }
        for text in ["Dutzende", "dozens", "ein Drittel", "a third", "zwei", "two", "halbe", "half"] {
            let token = ClaimTokenizer.tokens(of: text)[0]
            let reads = QuantityFinder(pack: pack).read([token] + ClaimTokenizer.tokens(of: " Millionen Menschen"), at: 0) != nil
            if reads { #expect(pack.numberStartKeys.contains(token.key), "\(language): \(text)") }
        }
    }
}

/// The tokenizer's Latin-1 answers equal the Unicode properties they stand in for, for every scalar
/// up to U+017F (the fast range and the first scalars after it).
@Suite struct TokenizerCharacterClassTests {
    @Test func latinOneClassesAgreeWithTheUnicodeProperties() {
        for value in UInt32(0)...0x17F {
            let scalar = Unicode.Scalar(value)!
            let ascii = value < 0x80
            #expect(
                ClaimTokenizer.isLetter(scalar)
                    == (ascii ? (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) : scalar.properties.isAlphabetic),
                "U+\(String(value, radix: 16))")
            #expect(
                ClaimTokenizer.isSpace(scalar)
                    == (ascii ? value == 0x20 || (value >= 0x09 && value <= 0x0D) : scalar.properties.isWhitespace),
                "U+\(String(value, radix: 16))")
            #expect(
                ClaimTokenizer.isUppercase(scalar) == (ascii ? value >= 0x41 && value <= 0x5A : scalar.properties.isUppercase),
                "U+\(String(value, radix: 16))")
        }
    }
}

/// The tokenizer's byte-wise lower-casing of ASCII and Latin-1 words equals `String.lowercased()`, and
/// its ASCII flag is right, on random words of ASCII, Latin-1 and other letters.
@Suite struct TokenizerLowercaseTests {
    @Test func byteLowercaseAgreesWithStringLowercased() {
        let seed = SeededGenerator.testSeed
        var generator = SeededGenerator(seed: seed)
        let pieces = ["A", "z", "M", "Ä", "ä", "Ö", "Ü", "ß", "É", "Þ", "×", "÷", "ÿ", "µ", "ª", "\u{A0}", "Ł", "Σ", "İ", "a\u{308}", "-"]
        for _ in 0..<5_000 {
            let word = (0..<Int.random(in: 1...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            var bytes = word
            let (lower, isASCII) = bytes.withUTF8 { ClaimTokenizer.lowercased($0, text: word) }
            #expect(lower == word.lowercased(), "seed \(seed): \(word.unicodeScalars.map(\.value))")
            #expect(lower.utf8.elementsEqual(word.lowercased().utf8), "seed \(seed): bytes of \(word.unicodeScalars.map(\.value))")
            #expect(isASCII == word.utf8.allSatisfy { $0 < 0x80 }, "seed \(seed): \(word)")
        }
    }

    @Test func tokensKnowWhetherTheyAreASCII() {
        let tokens = ClaimTokenizer.tokens(of: "Die Außenministerin sagte 14.000 Mal: Ja.")
        #expect(tokens.map(\.isASCII) == [true, false, true, true, true, true, true, true])
        #expect(tokens.map(\.lower) == ["die", "außenministerin", "sagte", "14.000", "mal", ":", "ja", "."])
    }
}

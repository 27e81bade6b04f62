import ParallaxTesting
import Testing
@testable import ParallaxClaims

/// `NumberParser`'s fast paths answer as the obvious versions do: the split of number-word compounds
/// with the lengths built once per pack as the plain split that works them out for each word, and the
/// digits-only path of `parseDigits` as the general one.
@Suite struct NumberParserFastPathTests {
    /// Random compounds of number words, connectors, pieces of other words and awkward characters
    /// (decomposed umlauts, combining marks, letters outside Latin-1).
    @Test(arguments: ["de", "en"])
    func splitAgreesWithThePlainSplit(language: String) {
        let pack = LanguagePack.pack(for: language)
        let parser = NumberParser(pack: pack)
        let seed = SeededGenerator.testSeed
        var generator = SeededGenerator(seed: seed)
        let numberWords = pack.numberWords.keys.sorted()
        let pieces = numberWords + pack.numberConnectors
            + ["ein", "satz", "kräfte", "drei", "ßig", "u\u{308}", "\u{301}", "ж", "a", "e", "n", "s", "-", "tausen", "hundertx"]
        for _ in 0..<4_000 {
            let word = (0..<Int.random(in: 1...4, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(parser.parseWord(word) == PlainNumberWordSplit.parseWord(word, pack), "seed \(seed): \(language) \(word)")
        }
        for word in numberWords { #expect(parser.parseWord(word) == PlainNumberWordSplit.parseWord(word, pack), "\(language) \(word)") }
    }

    /// Digit strings, with and without the marks of both conventions, against the general path (the
    /// fast path takes only digits; a leading mark keeps the general path for the comparison).
    @Test func digitsAloneParseAsInTheGeneralPath() {
        let parser = NumberParser(pack: LanguagePack.pack(for: "de"))
        let seed = SeededGenerator.testSeed
        var generator = SeededGenerator(seed: seed)
        for _ in 0..<2_000 {
            let digits = String((0..<Int.random(in: 1...12, using: &generator)).map { _ in "0123456789".randomElement(using: &generator)! })
            #expect(parser.parseDigits(digits) == Double(digits), "seed \(seed): \(digits)")
        }
        #expect(parser.parseDigits("") == nil)
    }
}

import ParallaxTesting
import Foundation
import Testing

@testable import ParallaxIngest

/// The byte-level fast paths against the obvious `String` versions, on seeded random strings.
@Suite struct FastPathDifferentialTests {
    private static let alphabet: [Character] = [
        "a", "b", "n", " ", "\t", "ä", "ß", "-", ",", "1", "\\", "„", "“", "é", "x",
    ]

    private static func randomString(_ generator: inout SeededGenerator, length: Int) -> String {
        String((0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
    }

    /// The obvious version: scan every occurrence and test the neighbouring characters.
    private static func naiveContainsPhrase(_ text: String, _ phrase: String) -> Bool {
        let characters = Array(text)
        let pattern = Array(phrase)
        guard !pattern.isEmpty, pattern.count <= characters.count else { return false }
        func isWord(_ character: Character) -> Bool { character.isLetter || character.isNumber }
        for start in 0...(characters.count - pattern.count)
        where Array(characters[start..<start + pattern.count]) == pattern {
            let beforeOK = start == 0 || !isWord(characters[start - 1]) || !isWord(pattern[0])
            let end = start + pattern.count
            let afterOK = end == characters.count || !isWord(characters[end]) || !isWord(pattern[pattern.count - 1])
            if beforeOK && afterOK { return true }
        }
        return false
    }

    @Test func containsPhraseMatchesTheNaiveVersion() {
        let seed: UInt64 = 0xC0FFEE
        var generator = SeededGenerator(seed: seed)
        for _ in 0..<2000 {
            let text = Self.randomString(&generator, length: Int.random(in: 0...30, using: &generator))
            let phrase = Self.randomString(&generator, length: Int.random(in: 1...3, using: &generator))
            #expect(
                text.containsPhrase(phrase) == Self.naiveContainsPhrase(text, phrase),
                "seed \(seed): \(text.debugDescription) / \(phrase.debugDescription)")
        }
    }

    @Test func trimmingMatchesFoundation() {
        let seed: UInt64 = 0xBEEF
        var generator = SeededGenerator(seed: seed)
        for _ in 0..<1000 {
            let text = Self.randomString(&generator, length: Int.random(in: 0...12, using: &generator))
            #expect(
                text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespacesAndNewlines),
                "seed \(seed): \(text.debugDescription)")
        }
    }

    @Test func normalizerMatchesFoundationNFC() {
        let samples = [
            "Cafe\u{0301}", "U\u{0308}ber", "\u{212B}ngstr\u{00F6}m", "\u{1100}\u{1161}", "plain ascii",
            "„Anführung“ – Straße", "ο\u{0301}",
        ]
        for sample in samples {
            #expect(
                TextNormalizer().normalize(sample) == sample.precomposedStringWithCanonicalMapping,
                "\(sample.debugDescription)")
        }
    }

    @Test func normalizerFastPathMatchesTheFullPath() {
        let seed: UInt64 = 0xFA57
        var generator = SeededGenerator(seed: seed)
        let pieces = [
            "a", "Ä", "ß", " ", "\n", "\r\n", "\t", "&amp;", "&", "\u{AD}", "\u{A0}", "\u{200B}", "\u{2009}", "„", "“",
            "–", "e\u{301}", "\u{212B}", "한", "\u{1100}\u{1161}", "€", "😀", "\u{1}", "\u{85}", "\u{FEFF}", "\u{20D7}",
            "ο\u{301}", "\u{F900}",
        ]
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in
                pieces[Int.random(in: 0..<pieces.count, using: &generator)]
            }.joined()
            let normalizer = TextNormalizer()
            #expect(
                normalizer.normalize(text) == normalizer.normalizeWithoutFastPath(text),
                "seed \(seed): \(text.debugDescription)")
        }
    }

    @Test func lowercaseMatchesTheStandardLibrary() {
        let seed: UInt64 = 0x10E5
        var generator = SeededGenerator(seed: seed)
        let pieces = ["A", "z", "Ä", "ö", "ẞ", "İ", "Σ", "ǅ", " ", "1", "Ω", "ﬁ", "É"]
        for _ in 0..<1000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in
                pieces[Int.random(in: 0..<pieces.count, using: &generator)]
            }.joined()
            #expect(LineShape.lowercase(text) == text.lowercased(), "seed \(seed): \(text.debugDescription)")
        }
    }
}

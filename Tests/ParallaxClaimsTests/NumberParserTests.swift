import ParallaxTesting
import Testing
@testable import ParallaxClaims

@Suite struct NumberParserTests {
    static let german = NumberParser(pack: LanguagePack.pack(for: "de"))
    static let english = NumberParser(pack: LanguagePack.pack(for: "en"))

    @Test(arguments: [
        ("de", "14.000", 14000.0), ("de", "1,5", 1.5), ("de", "1.500", 1500), ("de", "1.234.567", 1_234_567),
        ("de", "1.234,5", 1234.5), ("de", "14\u{A0}000", 14000), ("en", "14,000", 14000), ("en", "1.5", 1.5),
        ("en", "1,500", 1500), ("en", "1,234,567.25", 1_234_567.25), ("en", "3.5", 3.5), ("de", "3.5", 3.5),
        ("en", "1.500.000", 1_500_000), ("de", "530", 530),
    ])
    func parsesDigits(language: String, text: String, expected: Double) {
        let parser = language == "de" ? Self.german : Self.english
        #expect(parser.parseDigits(text) == expected)
    }

    @Test(arguments: ["28.04.2025", "19:00", "030/123456", "1.23.4", "12,34,5"])
    func rejectsNonNumbers(text: String) {
        #expect(Self.german.parseDigits(text) == nil)
        #expect(Self.english.parseDigits(text) == nil)
    }

    @Test(arguments: [
        ("de", "zwölftausend", 12000.0), ("de", "einundzwanzig", 21), ("de", "dreihundertfünfzigtausend", 350_000),
        ("de", "zweitausenddreihundert", 2300), ("en", "twenty-five", 25), ("de", "elf", 11),
    ])
    func parsesNumberWords(language: String, word: String, expected: Double) {
        let parser = language == "de" ? Self.german : Self.english
        #expect(parser.parseWord(word) == expected)
    }

    @Test func parsesWordSequences() {
        #expect(Self.english.parseWords(["twelve", "thousand"]) == 12000)
        #expect(Self.english.parseWords(["two", "hundred", "and", "five"]) == 205)
        #expect(Self.german.parseWord("achtung") == nil)
    }

    /// Formats random numbers the way each locale writes them and parses them back.
    @Test func roundTripsLocaleForms() {
        let seed = SeededGenerator.testSeed
        var generator = SeededGenerator(seed: seed)
        for _ in 0..<500 {
            let integer = Int.random(in: 0...9_999_999, using: &generator)
            let decimals = Int.random(in: 0...99, using: &generator)
            let withDecimals = Bool.random(using: &generator)
            for (parser, group, decimal) in [(Self.german, ".", ","), (Self.english, ",", ".")] {
                var text = grouped(integer, separator: integer >= 1000 || withDecimals ? group : "")
                var expected = Double(integer)
                if withDecimals {
                    text += decimal + (decimals < 10 ? "0" : "") + String(decimals)
                    expected += Double(decimals) / 100
                }
                let parsed = parser.parseDigits(text)
                #expect(
                    parsed.map { abs($0 - expected) < 1e-6 } == true,
                    "seed \(seed): \(text) parsed as \(String(describing: parsed)), expected \(expected)")
            }
        }
    }

    private func grouped(_ value: Int, separator: String) -> String {
        let digits = Array(String(value))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += separator }
            out.append(digit)
        }
        return out
    }
}

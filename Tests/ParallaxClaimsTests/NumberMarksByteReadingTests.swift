import ParallaxTesting
import Testing
@testable import ParallaxClaims

/// Digit tokens with `.` and `,` are read on their bytes (`NumberParser.parseASCIIMarks`) exactly as the reading by
/// characters reads them, in German (decimal comma) and English (decimal point).
@Suite struct NumberMarksByteReadingTests {
    @Test(arguments: ["de", "en"])
    func writtenNumbersReadAsByCharacters(language: String) {
        let parser = NumberParser(pack: LanguagePack.pack(for: language))
        let written = [
            "14.000", "14,000", "3,5", "3.5", "1.234.567", "1,234,567", "1.234,5", "1,234.5", "12.5000", "1.23", "1,23",
            "0,5", ",5", "5,", "5.", "1..2", "1.2.3,4", "1,2,3.4", "1234.567", "12.34.56", "1.2345", "28.04.2025",
            "1.000.000,25", "1,000,000.25", "1.000,2,5", "1.5,3.4", "1.5,3", "000.000",
        ]
        for text in written {
            #expect(parser.parseDigits(text) == parser.parseDigitsByCharacters(text), "\(language): \(text)")
            #expect(parser.parseASCIIMarks(text) != nil, "\(text) is read on its bytes")
        }
    }

    /// Random strings of digits and both marks, seeded: the byte reading never differs from the reading by characters.
    @Test(arguments: ["de", "en"])
    func randomMarkedDigitsReadAsByCharacters(language: String) {
        let parser = NumberParser(pack: LanguagePack.pack(for: language))
        var generator = SeededGenerator(seed: 2020)
        let alphabet: [Character] = ["0", "1", "2", "5", "9", ".", ",", "0", "3"]
        for _ in 0..<4000 {
            let length = Int.random(in: 1...10, using: &generator)
            let text = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
            #expect(parser.parseDigits(text) == parser.parseDigitsByCharacters(text), "\(language): \(text)")
        }
    }

    /// Other marks (`:`, `/`, spaces) and other digits keep the reading by characters.
    @Test func otherMarksAreNotReadOnBytes() {
        let parser = NumberParser(pack: LanguagePack.pack(for: "de"))
        for text in ["19:00", "030/1234", "1\u{202F}000", "1'000", "12"] {
            #expect(parser.parseASCIIMarks(text) == nil, "\(text)")
        }
    }
}

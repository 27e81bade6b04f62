import ParallaxTesting
import Testing

@testable import ParallaxClaims

/// ``NumberWordPrefixes`` narrows the lengths at which ``NumberParser`` cuts a compound into number words (round 20): the
/// parser gives what round 19's split gave, which cut and looked up every length.
@Suite struct NumberWordPrefixesTests {
    /// Round 19's split and combination, the reference.
    struct Reference {
        let pack: LanguagePack

        func parseWord(_ word: String) -> Double? {
            guard pack.numberWordKeys.contains(ClaimToken.key(of: word, length: 3)) else { return nil }
            guard let atoms = segment(Substring(word)), !atoms.isEmpty else { return nil }
            return combine(atoms)
        }

        func segment(_ text: Substring) -> [Double]? {
            if text.isEmpty { return [] }
            for connector in pack.numberConnectors where text.hasPrefix(connector) {
                if let rest = segment(text.dropFirst(connector.count)) { return rest }
            }
            let count = text.count
            for length in pack.numberWordLengths where length <= count {
                let head = String(text.prefix(length))
                if let value = pack.numberWords[head], let rest = segment(text.dropFirst(length)) { return [value] + rest }
            }
            return nil
        }

        func combine(_ atoms: [Double]) -> Double {
            var total = 0.0
            var current = 0.0
            for atom in atoms {
                if atom == 100 {
                    current = max(current, 1) * 100
                } else if atom >= 1000 {
                    total += max(current, 1) * atom
                    current = 0
                } else {
                    current += atom
                }
            }
            return total + current
        }
    }

    @Test(arguments: LexiconFile.languages)
    func parsesWhatRoundNineteenParsed(language: String) {
        let pack = LanguagePack.pack(for: language)
        let parser = NumberParser(pack: pack)
        let reference = Reference(pack: pack)
        var generator = SeededGenerator(seed: 2022)
        let numberWords = Array(pack.numberWords.keys).sorted()
        var words = ["dreizehntausend", "zweihundertfünfundzwanzig", "einundzwanzig", "eine", "einsatz", "twenty-five", "ein",
                     "zwölftausend", "dreißig", "hundred", "einhalb", "zweieinhalb", "séance", "zwei\r\nhundert", "ŁÓDŹ"]
        for _ in 0..<3_000 {
            var parts: [String] = []
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let random: String = ByteLookupTests.randomWord(&generator, maxPieces: 2).lowercased()
                parts.append(Bool.random(using: &generator) || numberWords.isEmpty ? random : numberWords.randomElement(using: &generator)!)
            }
            let separator: String = Bool.random(using: &generator) ? "" : (pack.numberConnectors.first ?? "")
            words.append(parts.joined(separator: separator))
        }
        for word in words {
            #expect(parser.parseWord(word) == reference.parseWord(word), "\(language): \(word.debugDescription)")
        }
    }

    @Test func marksTheLengthsOfNumberWordsThatOpenAWord() {
        let prefixes = NumberWordPrefixes(["drei", "dreizehn", "zehn", "tausend"])
        #expect(prefixes.lengths(in: "dreizehntausend") == (1 << 4 | 1 << 8))
        #expect(prefixes.lengths(in: "haus") == 0)
        #expect(prefixes.lengths(in: "łódź") == nil)
        #expect(NumberWordPrefixes(["zwölf", "ŝes"]).lengths(in: "zwölf") == nil)
    }
}

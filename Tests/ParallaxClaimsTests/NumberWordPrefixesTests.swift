import ParallaxTesting
import Testing

@testable import ParallaxClaims

/// ``NumberWordPrefixes`` narrows the lengths at which ``NumberParser`` cuts a compound into number words (round 20): the
/// parser gives what the plain split gives (``PlainNumberWordSplit``), which cuts and looks up every length.
@Suite struct NumberWordPrefixesTests {
    @Test(arguments: LexiconFile.languages)
    func parsesWhatRoundNineteenParsed(language: String) {
        let pack = LanguagePack.pack(for: language)
        let parser = NumberParser(pack: pack)
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
            #expect(parser.parseWord(word) == PlainNumberWordSplit.parseWord(word, pack), "\(language): \(word.debugDescription)")
            // Round 24: the split runs on bytes; a sequence of words, as the span-compound and list readings ask for it.
            let parts = word.split(separator: " ").map(String.init) + [word]
            #expect(parser.parseWords(parts) == Self.plainParseWords(parts, pack), "\(language): \(word.debugDescription)")
        }
    }

    /// `NumberParser.parseWords` read plainly, with the split of ``PlainNumberWordSplit``.
    static func plainParseWords(_ words: [String], _ pack: LanguagePack) -> Double? {
        var atoms: [Double] = []
        for word in words {
            if pack.numberConnectors.contains(word.lowercased()) { continue }
            guard let parts = PlainNumberWordSplit.segment(Substring(word.lowercased()), pack) else { return nil }
            atoms += parts
        }
        atoms = atoms.enumerated().filter { index, atom in !(atom == 1 && index + 1 < atoms.count && atoms[index + 1] < 1) }.map(\.element)
        return atoms.isEmpty ? nil : NumberParser.combine(atoms)
    }

    @Test func marksTheLengthsOfNumberWordsThatOpenAWord() {
        let prefixes = NumberWordPrefixes(["drei", "dreizehn", "zehn", "tausend"])
        #expect(prefixes.lengths(in: "dreizehntausend") == (1 << 4 | 1 << 8))
        #expect(prefixes.lengths(in: "haus") == 0)
        #expect(prefixes.lengths(in: "łódź") == nil)
        #expect(NumberWordPrefixes(["zwölf", "ŝes"]).lengths(in: "zwölf") == nil)
    }
}

import ParallaxTesting
import Testing

@testable import ParallaxClaims

/// Round 22's word ids (`WordInterner`, `ClaimToken.wordID`): a marked Latin-1 token carries the id of its lower-case word
/// exactly when that word is a word of the pack's phrases, and the phrase tables, which compare those ids instead of bytes,
/// answer marked tokens as they answer unmarked ones — on sentences made of the pack's own phrase words (so that nearly
/// every comparison is by id), with capitals, prefixes of words and words of no phrase mixed in.
@Suite struct WordInternerTests {
    /// Sentences of `count` random words drawn mostly from the pack's phrase words.
    static func packWordSentences(_ pack: LanguagePack, seed: UInt64, count: Int = 400) -> [String] {
        var generator = SeededGenerator(seed: seed)
        let interner = pack.phraseStarts.words
        return (0..<count).map { _ in
            (0..<Int.random(in: 1...8, using: &generator)).map { _ -> String in
                switch Int.random(in: 0..<10, using: &generator) {
                case 0: return ByteLookupTests.randomWord(&generator, maxPieces: 4)
                case 1:
                    // A word cut short: a prefix phrase's word, or a near miss of a whole word.
                    let word = interner.word(ofID: Int32.random(in: 1...Int32(interner.count), using: &generator))
                    return String(word.prefix(max(1, word.count - 1)))
                default:
                    let word = interner.word(ofID: Int32.random(in: 1...Int32(interner.count), using: &generator))
                    return Bool.random(using: &generator) ? word.prefix(1).uppercased() + word.dropFirst() : word
                }
            }.joined(separator: " ")
        }
    }

    @Test(arguments: ["de", "en"])
    func tablesAnswerPackWordsByIdAsByBytes(language: String) {
        let pack = LanguagePack.pack(for: language)
        let pairs = Self.packWordSentences(pack, seed: 2201).map { text in
            let plain = ClaimTokenizer.tokens(of: text)
            var marked = plain
            pack.phraseStarts.mark(&marked)
            return (marked: marked, plain: plain)
        }
        #expect(pairs.contains { $0.marked.contains { $0.wordID != 0 } })
        PhraseStartIndexTests.expectPackTablesAnswerAsUnmarked(pack, pairs)
    }

    /// Every word of the interner, as a token of its own, is marked with its id; a word of no phrase gets none.
    @Test(arguments: ["de", "en"])
    func markedTokensCarryTheirWordsIds(language: String) {
        let pack = LanguagePack.pack(for: language)
        let interner = pack.phraseStarts.words
        #expect(interner.count > 100)
        for id in 1...Int32(interner.count) {
            let word = interner.word(ofID: id)
            #expect(interner.id(of: word) == id)
            var tokens = [
                ClaimToken(
                    text: word, lower: word, kind: .word, start: 0, end: 0, spaceBefore: true, isCapitalized: false,
                    isASCII: word.utf8.allSatisfy { $0 < 0x80 }, isLatin1: true)
            ]
            pack.phraseStarts.mark(&tokens)
            #expect(tokens[0].wordID == id, "\(word)")
        }
        var tokens = ClaimTokenizer.tokens(of: "Xylophonwerkstatt")
        pack.phraseStarts.mark(&tokens)
        #expect(tokens[0].wordID == 0)
    }

    /// Ids are given to Latin-1 words only, each distinct word its own, in the order first seen.
    @Test func internerGivesDistinctWordsDistinctIds() {
        let interner = WordInterner(["nach", "angaben", "nach", "straße", "łódź", "über"])
        #expect(interner.count == 4)
        #expect(interner.id(of: "nach") == 1)
        #expect(interner.id(of: "angaben") == 2)
        #expect(interner.id(of: "straße") == 3)
        #expect(interner.id(of: "über") == 4)
        #expect(interner.id(of: "łódź") == 0)
        #expect(interner.id(of: "nachher") == 0)
        #expect(interner.id(of: "ueber") == 0)
    }
}

import ParallaxTesting
import Testing

@testable import ParallaxClaims

/// ``IllnessStory``'s first test by the opening key (round 25): a token it rejects is opened by no start of either list, as
/// `String.hasPrefix` says — on written words, on the lexicons' starts with words made from them, and on seeded random words
/// of ASCII, Latin-1, decomposed umlauts, combining marks and letters outside Latin-1.
@Suite struct IllnessOpeningKeysTests {
    static func opened(_ word: String, _ story: IllnessStory) -> Bool {
        (story.illnessStarts + story.injuryStarts).contains { word.hasPrefix($0) }
    }

    /// Every token of `text` that the key test rejects is opened by no start.
    static func check(_ text: String, _ story: IllnessStory, _ note: String) -> Int {
        var rejected = 0
        for token in ClaimTokenizer.tokens(of: text) where token.kind == .word && !story.mayOpen(token) {
            rejected += 1
            #expect(!opened(token.lower, story), "\(note): \(token.lower.unicodeScalars.map(\.value))")
        }
        return rejected
    }

    @Test(arguments: ["de", "en"])
    func lexiconStartsAndWrittenWords(language: String) {
        let story = IllnessStory.of(language)
        var rejected = 0
        for start in story.illnessStarts + story.injuryStarts {
            // The start itself, capitalised, inflected, shortened and with its opening decomposed where it can be.
            let decomposed = String(String.UnicodeScalarView(start.unicodeScalars.flatMap { scalar -> [Unicode.Scalar] in
                switch scalar {
                case "ü": return ["u", "\u{308}"]
                case "ä": return ["a", "\u{308}"]
                case "ö": return ["o", "\u{308}"]
                default: return [scalar]
                }
            }))
            let capitalised = start.prefix(1).uppercased() + start.dropFirst()
            let text = [start, capitalised, start + "en", String(start.dropLast()), decomposed, "x" + start].joined(separator: " ")
            rejected += Self.check(text, story, language)
            #expect(story.mayOpen(ClaimTokenizer.tokens(of: start)[0]), "\(language): \(start)")
        }
        rejected += Self.check("Der Regen hielt an, the rain went on, Übermut, Ärger, café, naïve, ŁÓDŹ", story, language)
        #expect(rejected > 0, "the key test rejects words: the lexicon's starts have keys")
    }

    @Test(arguments: ["de", "en"])
    func randomWords(language: String) {
        let story = IllnessStory.of(language)
        let seed = SeededGenerator.testSeed
        var generator = SeededGenerator(seed: seed)
        let starts = story.illnessStarts + story.injuryStarts
        for _ in 0..<3_000 {
            var word = ByteLookupTests.randomWord(&generator, maxPieces: 4)
            if Bool.random(using: &generator), let start = starts.randomElement(using: &generator) {
                word = String(start.prefix(Int.random(in: 0...start.count, using: &generator))) + word
            }
            _ = Self.check(word, story, "seed \(seed), \(language)")
        }
    }
}

import ParallaxTesting
import Testing

@testable import ParallaxClaims

/// ``StartBytes`` (round 24b: the illness-story test's word starts on bytes) answers as `String.hasPrefix` over the starts
/// wherever it answers, and answers every Latin-1 word — on written words and starts, on the lexicons' own starts and on
/// seeded random words and starts of ASCII, Latin-1, decomposed umlauts, combining marks and letters outside Latin-1.
@Suite struct StartBytesTests {
    static func plain(_ word: String, _ starts: [String]) -> Bool {
        starts.contains { word.hasPrefix($0) }
    }

    @Test(arguments: [
        ("erkrankte", true), ("fieberhaft", true), ("hitzeschäden", true), ("hitzescha\u{308}den", true), ("krank", false),
        ("übelkeit", true), ("u\u{308}belkeit", true), ("regen", false), ("", false),
    ] as [(String, Bool)])
    func writtenWords(word: String, opens: Bool) throws {
        let starts = ["erkrank", "fieber", "hitzeschä", "übelkeit"]
        let bytes = try #require(StartBytes(starts))
        #expect(Self.plain(word, starts) == opens)
        if let answer = bytes.opens(word) { #expect(answer == opens) }
        if ClaimToken.isLatin1(word) { #expect(bytes.opens(word) != nil, "a Latin-1 word is answered") }
    }

    @Test func randomWordsAndStarts() {
        let seed = SeededGenerator.testSeed
        var generator = SeededGenerator(seed: seed)
        for _ in 0..<150 {
            let starts = (0..<Int.random(in: 0...6, using: &generator)).map { _ in
                String(ByteLookupTests.randomWord(&generator, maxPieces: 3).lowercased().prefix(Int.random(in: 0...4, using: &generator)))
            }
            guard let bytes = StartBytes(starts) else {
                #expect(starts.contains { !ClaimToken.isLatin1($0) })
                continue
            }
            for _ in 0..<200 {
                var word = ByteLookupTests.randomWord(&generator, maxPieces: 5).lowercased()
                if let start = starts.randomElement(using: &generator), Bool.random(using: &generator) { word = start + word }
                if let answer = bytes.opens(word) {
                    #expect(answer == Self.plain(word, starts), "seed \(seed): \(word.unicodeScalars.map(\.value)) against \(starts)")
                }
            }
        }
    }

    /// The lexicons' starts all take the byte path, and the article test answers as the plain scan of every word.
    @Test(arguments: ["de", "en"])
    func illnessArticles(language: String) {
        let story = IllnessStory.of(language)
        #expect(StartBytes(story.illnessStarts) != nil && StartBytes(story.injuryStarts) != nil)
        let texts = [
            "Nach dem Fest erkrankten 40 Gäste an Durchfall, 12 kamen ins Krankenhaus.",
            "Zwei Fahrer wurden verletzt, einer erlitt Übelkeit.", "Viele Kranke warteten.", "Der Regen hielt an.",
            "Forty guests fell ill after the dinner and twelve were taken to hospital.", "Two riders were injured.",
            "An outbreak of measles closed the school.", "Nothing happened.",
        ]
        for text in texts {
            let tokens = ClaimTokenizer.tokens(of: text)
            var injury = false
            var illness = false
            for token in tokens where token.kind == .word {
                if story.injuryStarts.contains(where: { token.lower.hasPrefix($0) }) { injury = true }
                if story.illnessWords.contains(token.lower) || story.illnessStarts.contains(where: { token.lower.hasPrefix($0) }) {
                    illness = true
                }
            }
            #expect(story.isIllnessStory([tokens]) == (illness && !injury), "\(language): \(text)")
            for token in tokens where token.kind == .word {
                #expect(story.namesInjury(token.lower) == story.injuryStarts.contains(where: { token.lower.hasPrefix($0) }))
            }
        }
    }
}

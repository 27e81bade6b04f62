import ParallaxTesting
import Testing

@testable import ParallaxFraming

/// The on-demand cues of a sentence, matched once and cached (``OnDemandCueCache``), answer exactly as
/// a fresh match per question did: for every kind, asked in any order and more than once, on seeded
/// random sentences of the bundled lexicons' frequent words, with quotations and neutral uses.
@Suite struct OnDemandCueCacheTests {
    static let words: [String: [String]] = [
        "de": [
            "Der", "der", "die", "Die", "das", "den", "dem", "ein", "eine", "einen", "ich", "Ich", "wir", "mir",
            "uns", "unsere", "sie", "Sie", "er", "es", "ihr", "so", "sagte", "sagt", "erklärte", "völlig",
            "planlos", "kostenlos", "überfordert", "überraschend", "inkompetent", "absurd", "Regierung",
            "Minister", "welche", "nannte", "als", "Chaos", "Katastrophe", "Bürger", "Gemeinschaft", "man",
            "Sprecher", "nicht", "kein", "Wahnsinn", "mein", "meine", "unser", "sei", "habe", ",", ".", "–",
            "„", "“", "?", ":", "Lichtblick", "laut", "Polizei",
        ],
        "en": [
            "The", "the", "a", "an", "I", "we", "our", "my", "me", "you", "they", "he", "she", "it", "who",
            "which", "said", "says", "called", "utterly", "totally", "clueless", "absurd", "incompetent",
            "free", "government", "minister", "people", "community", "not", "no", "chaos", "disaster",
            "so", "according", "to", ",", ".", "—", "\"", "?", ":", "police",
        ],
    ]

    @Test(arguments: ["de", "en"])
    func cachedCuesEqualFreshMatches(language: String) throws {
        let seed = SeededGenerator.testSeed
        var generator = SeededGenerator(seed: seed)
        let lexicon = try #require(try FramingLexicons.bundled.get().byLanguage[language])
        let vocabulary = Self.words[language] ?? []
        let kinds = Array(FramingLexicon.onDemandKinds).sorted() + ["absent"]
        for _ in 0..<300 {
            let count = Int.random(in: 1...25, using: &generator)
            let text = (0..<count).map { _ in vocabulary.randomElement(using: &generator)! }.joined(separator: " ")
            let evidence = SentenceEvidence(
                text: text, lexicon: lexicon, claimAttribution: nil, insideQuote: Bool.random(using: &generator))
            let fresh = evidence.uncachedOnDemandCues()
            // Asked in a random order, each kind twice, and through a copy that shares the cache.
            let copy = evidence.droppingCues(usedAsNames: ["lichtblick"])
            for kind in (kinds + kinds).shuffled(using: &generator) {
                let asked = Bool.random(using: &generator) ? evidence : copy
                #expect(
                    asked.onDemandCues(kind) == fresh.filter { $0.pattern.label == kind },
                    "seed \(seed): \(kind) in \(text)")
            }
            #expect(evidence.allOnDemandCues == fresh, "seed \(seed): \(text)")
            // The first-person question, before and after the cache is filled, through its own matcher.
            let other = SentenceEvidence(text: text, lexicon: lexicon, claimAttribution: nil)
            let firstPerson = !fresh.contains { $0.pattern.label == "firstperson" }
            #expect(other.speaksInFirstPerson == !other.uncachedOnDemandCues().filter { $0.pattern.label == "firstperson" }.isEmpty, "seed \(seed): \(text)")
            #expect(evidence.speaksInFirstPerson == !firstPerson, "seed \(seed): \(text)")
        }
    }

    /// The cache's answer is the naive one: the on-demand matcher run afresh, filtered by kind, outside
    /// quotations and neutral uses (the code before the cache, spelled out).
    @Test func freshCuesAreTheMatcherFilteredByQuotesAndNeutralUses() throws {
        let lexicon = try #require(try FramingLexicons.bundled.get().byLanguage["de"])
        let text = "Ich sagte, die Regierung sei „völlig planlos“, so der Sprecher, und wir sind kostenlos dabei."
        let evidence = SentenceEvidence(text: text, lexicon: lexicon, claimAttribution: nil)
        let plain = evidence.neutralUses.filter { $0.pattern.label == "plain" || $0.pattern.label == "technical" }
        for kind in FramingLexicon.onDemandKinds {
            let naive = lexicon.onDemandMatcher.matches(in: evidence.tokens).filter { cue in
                cue.pattern.label == kind
                    && cue.wordIndices.allSatisfy { evidence.quotes.enclosing(evidence.words[$0].source) == nil }
                    && !plain.contains { neutral in cue.wordIndices.allSatisfy(neutral.wordIndices.contains) }
            }
            #expect(evidence.onDemandCues(kind) == naive, "\(kind)")
        }
        #expect(!evidence.onDemandCues("firstperson").isEmpty)
    }
}

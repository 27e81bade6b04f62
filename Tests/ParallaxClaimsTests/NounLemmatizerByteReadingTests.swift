import ParallaxTesting
import Testing

@testable import ParallaxClaims

/// ``NounLemmatizer`` reads a Latin-1 word's plural ending on its bytes (round 24) and must answer as its rules read by
/// characters: `String.hasSuffix` per rule, longest ending first, and a stem that leaves the shortest dictionary form.
@Suite struct NounLemmatizerByteReadingTests {
    /// The plain reading of the regular rules, by characters.
    static func plainLemma(_ word: String, _ lemmatizer: NounLemmatizer) -> String {
        let lower = word.lowercased()
        if let form = lemmatizer.irregular[lower] { return form }
        if lemmatizer.invariant.contains(lower) || lemmatizer.notPlural.contains(lower) { return lower }
        for rule in lemmatizer.rules where lower.hasSuffix(rule.plural) {
            let stem = String(lower.dropLast(rule.plural.count))
            if (stem + rule.singular).count >= lemmatizer.shortest { return stem + rule.singular }
        }
        return lower
    }

    @Test(arguments: LexiconFile.languages)
    func lemmasAgreeWithTheReadingByCharacters(language: String) {
        let lemmatizer = LanguagePack.pack(for: language).nounLemmatizer
        let seed = SeededGenerator.testSeed
        var generator = SeededGenerator(seed: seed)
        var words = ["Schülerinnen", "Kisten", "cities", "children", "Insassen", "lags", "ies", "s", "", "Städte", "Stra\u{308}ßen",
                     "cafés", "cafe\u{301}s", "łódźen"]
        for _ in 0..<3_000 {
            var word = ByteLookupTests.randomWord(&generator, maxPieces: 4)
            if let rule = lemmatizer.rules.randomElement(using: &generator), Bool.random(using: &generator) { word += rule.plural }
            words.append(word)
        }
        for word in words {
            #expect(lemmatizer.lemma(word) == Self.plainLemma(word, lemmatizer), "seed \(seed), \(language): \(word.debugDescription)")
        }
    }
}

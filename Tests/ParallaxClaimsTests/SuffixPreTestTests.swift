import ParallaxTesting
import Testing

@testable import ParallaxClaims

/// The last-byte pre-tests of round 24b in front of `String.hasSuffix` change no answer: the possessive ending of a label
/// and the genitive variants of a role word come out as the plain `String` versions — on written words and on seeded
/// random words of ASCII, Latin-1, decomposed umlauts, combining marks and letters outside Latin-1.
@Suite struct SuffixPreTestTests {
    /// The plain version of ``ClaimExtractor/withoutPossessiveEnding(_:)``.
    static func plainWithoutPossessive(_ label: String) -> String {
        for ending in ClaimExtractor.possessiveEndings where label.hasSuffix(ending) && label.count > ending.count + 1 {
            return String(label.dropLast(ending.count))
        }
        return label
    }

    static let endings = ["'s", "’s", "s", "es", "s\u{301}", "", "é"]

    static func randomWords(_ generator: inout SeededGenerator) -> [String] {
        var words = ["lyskaria's", "vkh’s", "'s", "ministry", "sprechers", "amtes", "x's\u{301}", "café"]
        for _ in 0..<3_000 {
            var word = ByteLookupTests.randomWord(&generator, maxPieces: 4).lowercased()
            if Bool.random(using: &generator) { word += endings.randomElement(using: &generator)! }
            words.append(word)
        }
        return words
    }

    @Test func possessiveEndings() {
        let seed = SeededGenerator.testSeed
        var generator = SeededGenerator(seed: seed)
        for word in Self.randomWords(&generator) {
            #expect(ClaimExtractor.withoutPossessiveEnding(word) == Self.plainWithoutPossessive(word), "seed \(seed): \(word.debugDescription)")
        }
    }

    @Test(arguments: [["es", "s"], ["s"], ["’s", "'s", "s"], ["es", "s", "é"]])
    func genitiveVariants(endings: [String]) {
        let seed = SeededGenerator.testSeed
        var generator = SeededGenerator(seed: seed)
        let ends = LastByteFilter(endings)
        for word in Self.randomWords(&generator) {
            #expect(
                EntityFinder.withoutGenitive(word, endings: endings, ends: ends) == EntityFinder.withoutGenitive(word, endings: endings),
                "seed \(seed): \(word.debugDescription)")
        }
    }

    @Test func packGenitiveEndings() {
        for language in ["de", "en"] {
            let pack = LanguagePack.pack(for: language)
            for word in ["polizeisprechers", "sprecher", "amtes", "spokesman's", "minister"] {
                #expect(
                    EntityFinder.withoutGenitive(word, endings: pack.genitiveEndings, ends: pack.speakerRoleEndings.genitiveEnds)
                        == EntityFinder.withoutGenitive(word, endings: pack.genitiveEndings))
            }
        }
    }
}

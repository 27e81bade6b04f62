import Foundation
import Testing
import ParallaxModel
import ParallaxTesting
@testable import ParallaxClaims

/// Round 15 (what a figure counts): complete families of counted nouns (`counted-noun-families.txt`: people held,
/// guards, kin, animals, vehicles, documents, legal items, events), the conventions that keep some nouns without a unit
/// (schools, trains), a German attribute that names no unit, and the counted noun's dictionary form on every quantity
/// (`Quantity/noun`, by `noun-plurals.txt`). Sentences written for these tests
/// (`Fixtures/counted-nouns-by-family.json`, `Fixtures/counted-noun-lemmas.json`).
@Suite struct CountedNounFamilyTests {
    static let cases = FigureCase.load("counted-nouns-by-family")

    /// A sentence and the dictionary form of the noun its figure counts (`nil`: none).
    struct NounCase: Codable, Sendable, CustomTestStringConvertible {
        var language: String
        var text: String
        var value: Double
        var noun: String?
        var testDescription: String { "\(language): \(text)" }

        static func load() -> [NounCase] {
            JSONFixture.cases("counted-noun-lemmas")
        }
    }

    static let nounCases = NounCase.load()

    @Test func fixturesLoad() {
        #expect(Self.cases.count >= 36)
        #expect(Self.nounCases.count >= 17)
    }

    @Test(arguments: cases) func extracts(_ expected: FigureCase) throws {
        try expected.check()
    }

    @Test(arguments: nounCases) func namesTheCountedNoun(_ expected: NounCase) throws {
        let article = FixtureArticle.make(paragraphs: [["Meldung"], [expected.text]], language: expected.language, published: "2026-06-08")
        let claims = ClaimExtractor().extract(from: article)
        let claim = try #require(
            claims.first { $0.kind == .quantity && ($0.quantity?.value == expected.value || $0.quantity?.low == expected.value) },
            "no claim for \(expected.value) in \(claims.map(\.text))")
        #expect(claim.quantity?.noun == expected.noun)
    }

    @Test(arguments: [
        ("en", "lags", "lag"), ("en", "cities", "city"), ("en", "churches", "church"), ("en", "boxes", "box"),
        ("en", "classes", "class"), ("en", "houses", "house"), ("en", "wolves", "wolf"), ("en", "children", "child"),
        ("en", "people", "person"), ("en", "sheep", "sheep"), ("en", "buses", "bus"), ("en", "times", "times"),
        ("de", "insassen", "insasse"), ("de", "schülerinnen", "schülerin"), ("de", "zeitungen", "zeitung"),
        ("de", "häftlinge", "häftling"), ("de", "polizisten", "polizist"), ("de", "kisten", "kisten"), ("de", "männer", "mann"),
    ])
    func lemmatises(_ language: String, _ word: String, _ lemma: String) {
        #expect(LanguagePack.pack(for: language).nounLemmatizer.lemma(word) == lemma)
    }

    @Test(arguments: [("lags", true), ("was", false), ("status", false), ("class", false), ("times", false), ("children", true)])
    func tellsPluralForms(_ word: String, _ plural: Bool) {
        #expect(LanguagePack.pack(for: "en").nounLemmatizer.isPluralForm(word) == plural)
    }

    /// Property: a regular English noun made plural by the rules comes back as itself (seeded; the seed is reported).
    @Test func pluralThenSingularIsIdentity() {
        let lemmatizer = LanguagePack.pack(for: "en").nounLemmatizer
        let seed: UInt64 = 0x15_2026
        var generator = SeededGenerator(seed: seed)
        let consonants = Array("bcdfgklmnprtv"), vowels = Array("aeiou")
        // Endings every rule covers: a consonant, `y` after a consonant, a sibilant (`sh`, `ch`, `x`, `ss`), or a silent `e`.
        let endings = ["", "y", "sh", "ch", "x", "ss", "e"]
        for _ in 0..<500 {
            var word = ""
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                word.append(consonants.randomElement(using: &generator)!)
                word.append(vowels.randomElement(using: &generator)!)
            }
            word.append(consonants.randomElement(using: &generator)!)
            word += endings.randomElement(using: &generator)!
            if lemmatizer.isIrregular(word) { continue }
            let plural = lemmatizer.plural(word)
            #expect(lemmatizer.lemma(plural) == word, "seed \(seed): \(word) → \(plural) → \(lemmatizer.lemma(plural))")
            #expect(lemmatizer.isPluralForm(plural), "seed \(seed): \(plural)")
        }
    }
}

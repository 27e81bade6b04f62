import Foundation
import ParallaxModel
import Testing

@testable import ParallaxStories

/// Names and words that must meet across German and English: declined names, titles before names,
/// a name joined to a noun by a hyphen; and what must not count as a name.
@Suite("Names across languages")
struct CrossLanguageNameTests {
    static let extractor = FeatureExtractor()

    static func features(_ text: String, _ language: String) -> ArticleFeatures {
        extractor.features(id: language, title: nil, body: text, language: language, published: nil)
    }

    /// The keys of `kind` two texts share.
    static func shared(_ german: String, _ english: String, kind: ArticleFeatures.Kind) -> Set<UInt64> {
        let left = Set(features(german, "de").terms.filter { $0.kind == kind }.map(\.key))
        let right = Set(features(english, "en").terms.filter { $0.kind == kind }.map(\.key))
        return left.intersection(right)
    }

    @Test(
        "a name meets itself in German and English text",
        arguments: [
            // A name joined to a place noun by a hyphen, and written apart.
            ("Das Feuer in den Velder-Hügeln breitete sich aus.", "The fire in the Velder Hills spread.", "veld"),
            // Two capitalised words that end like German nouns, after a title noun.
            (
                "Nach Angaben von Landrat Bert Kessler brannten 40 Häuser.",
                "According to district chief Bert Kessler, 40 homes burned.",
                "bert kessl"
            ),
            // A German genitive.
            (
                "Die Regierung Korvalias trat am Abend zurück.", "The government of Korvalia resigned in the evening.",
                "korvalia"
            ),
        ])
    func namesMeet(_ german: String, _ english: String, _ stem: String) {
        let key = ArticleFeatures.key(stem, kind: .entity)
        #expect(Self.shared(german, english, kind: .entity).contains(key))
    }

    @Test("a place noun joined to a name counts as its concept")
    func hyphenatedPlaceNoun() {
        let shared = Self.shared(
            "Das Feuer in den Velder-Hügeln breitete sich aus.", "The fire in the Velder Hills spread.", kind: .concept)
        #expect(shared.contains(ArticleFeatures.key("hill", kind: .concept)))
    }

    @Test("days of the week are shared words, not names")
    func weekdaysAreConcepts() {
        #expect(
            Self.shared("Am Sonntag wurde gewählt.", "Voters went to the polls on Sunday.", kind: .concept)
                .contains(ArticleFeatures.key("sunday", kind: .concept)))
        #expect(Self.shared("Am Sonntag wurde gewählt.", "Voters went to the polls on Sunday.", kind: .entity).isEmpty)
    }

    @Test(
        "in a noun-capitalising language a hyphenated noun is only half a name",
        arguments: [
            ("Was für eine Horror-Nacht in Kelsburg!", "horror"),
            ("STREIK-HÖLLE! Gewerkschaft legt alles lahm", "hölle"),
        ])
    func tabloidCompounds(_ text: String, _ part: String) throws {
        let key = ArticleFeatures.key(SimpleStoryTokenizer().nameStem(part), kind: .entity)
        let term = try #require(Self.features(text, "de").terms.first { $0.key == key })
        #expect(term.count == 0.5)
    }

    @Test("an acronym joined to a noun is a whole name")
    func acronymCompound() throws {
        let term = try #require(
            Self.features("Ein ZDK-Sprecher bestätigte den Bericht.", "de").terms.first {
                $0.key == ArticleFeatures.key("zdk", kind: .entity)
            })
        #expect(term.count == 1)
    }

    @Test(
        "name stems strip declension alike in every language",
        arguments: [
            ("lusarias", "lusaria"), ("hollander", "holland"), ("kelsburger", "kelsburg"), ("varsek's", "varsek"),
            ("orsk", "orsk"),
        ])
    func nameStems(_ word: String, _ stem: String) {
        #expect(SimpleStoryTokenizer().nameStem(word) == stem)
    }
}

/// A German early report, a German follow-up and an English report of one wildfire, and an English
/// wildfire elsewhere (`Fixtures/cross-language.json`).
@Suite("Cross-language stories")
struct CrossLanguageStoryTests {
    static let stories: [Story] = {
        guard let url = Bundle.module.url(forResource: "Fixtures/cross-language", withExtension: "json"),
            let data = try? Data(contentsOf: url),
            let items = try? JSONDecoder().decode([Item].self, from: data)
        else { return [] }
        let articles = items.map {
            Article(
                id: $0.id, input: $0.id, title: $0.title, published: $0.published, language: $0.language, body: $0.body)
        }
        return StoryClusterer().cluster(articles: articles, claims: [])
    }()

    struct Item: Decodable {
        var id: String
        var language: String
        var published: String?
        var title: String?
        var body: String
    }

    static func story(of id: String) -> String? {
        stories.first { $0.articles.contains(id) }?.id
    }

    @Test(
        "the German reports and the English report of one fire join",
        arguments: [
            ("velder-early-de", "velder-en"), ("velder-later-de", "velder-en"), ("velder-early-de", "velder-later-de"),
        ])
    func joined(_ left: String, _ right: String) {
        #expect(Self.story(of: left) != nil)
        #expect(Self.story(of: left) == Self.story(of: right))
    }

    @Test("a wildfire elsewhere stays apart", arguments: ["velder-early-de", "velder-later-de", "velder-en"])
    func lookAlikeApart(_ id: String) {
        #expect(Self.story(of: id) != Self.story(of: "marrow-en"))
    }
}

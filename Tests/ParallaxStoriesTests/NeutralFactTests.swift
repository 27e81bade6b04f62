import Foundation
import ParallaxModel
import Testing

@testable import ParallaxStories

/// The language-neutral facts a German and an English report of one event share where their words do not:
/// small figures with their units, the event's day and the place a German place adjective names
/// (`Fixtures/neutral-facts.json`).
@Suite("Neutral facts across languages")
struct NeutralFactTests {
    struct Fixture: Decodable {
        struct Item: Decodable {
            var id: String
            var language: String
            var published: String?
            var title: String?
            var body: String
            var claims: [FixtureClaim]
        }
        struct FixtureClaim: Decodable {
            var text: String
            var value: Double
            var unit: String
            var day: String?
        }
        struct Sentence: Decodable, Sendable, CustomTestStringConvertible {
            var language: String
            var text: String
            var place: String
            var testDescription: String { text }
        }
        var articles: [Item]
        var placeAdjectives: [Sentence]
        var notPlaceAdjectives: [Sentence]
    }

    static let fixture: Fixture? = {
        guard let url = Bundle.module.url(forResource: "Fixtures/neutral-facts", withExtension: "json"),
            let data = try? Data(contentsOf: url)
        else { return nil }
        return try? JSONDecoder().decode(Fixture.self, from: data)
    }()

    static let articles: [Article] = (fixture?.articles ?? []).map {
        Article(id: $0.id, input: $0.id, title: $0.title, published: $0.published, language: $0.language, body: $0.body)
    }

    static let claims: [Claim] = (fixture?.articles ?? []).flatMap { item in
        item.claims.enumerated().map { number, claim in
            Claim(
                id: "\(item.id)-\(number)", article: item.id, sentence: "s1", text: claim.text, kind: .quantity,
                quantity: Quantity(value: claim.value, unit: claim.unit),
                time: claim.day.map { TimeSpan(text: $0, start: $0, end: $0) })
        }
    }

    static let extractor = FeatureExtractor()

    static func features(_ id: String) -> ArticleFeatures? {
        articles.first { $0.id == id }.map { extractor.features(of: $0, claims: claims) }
    }

    static func keys(_ sentence: Fixture.Sentence) -> Set<UInt64> {
        let features = extractor.features(
            id: "s", title: nil, body: sentence.text, language: sentence.language, published: nil)
        return Set(features.neutralFacts + features.terms.map(\.key))
    }

    @Test("a German place adjective names its place", arguments: fixture?.placeAdjectives ?? [])
    func placeAdjective(_ sentence: Fixture.Sentence) {
        let place = ArticleFeatures.key(SimpleStoryTokenizer().nameStem(sentence.place), kind: .entity)
        #expect(Self.keys(sentence).contains(place))
    }

    @Test("other capitalised words name no place", arguments: fixture?.notPlaceAdjectives ?? [])
    func noPlaceAdjective(_ sentence: Fixture.Sentence) {
        let features = Self.extractor.features(
            id: "s", title: nil, body: sentence.text, language: sentence.language, published: nil)
        #expect(!features.neutralFacts.contains(ArticleFeatures.key(sentence.place, kind: .entity)))
    }

    @Test(
        "a small figure with its unit and the event's day are neutral facts",
        arguments: ["neutral 2 worker", "neutral 1 helicopter"])
    func smallFigures(_ fact: String) throws {
        let german = try #require(Self.features("lindwacht-de"))
        let english = try #require(Self.features("lindwacht-en"))
        let key = ArticleFeatures.key(fact, kind: .figure)
        #expect(german.neutralFacts.contains(key))
        #expect(english.neutralFacts.contains(key))
        #expect(Set(german.neutralFacts).intersection(english.neutralFacts).count >= 3)
    }

    @Test("neutral facts count only between languages, and not for events")
    func onlyAcrossLanguages() throws {
        var german = try #require(Self.features("lindwacht-de"))
        let english = try #require(Self.features("lindwacht-en"))
        var index = StoryIndex()
        index.add(features: german)
        index.add(features: english)
        var scorer = index.scorer()
        let with = scorer.similarity(german, english)
        scorer.comparesNeutralFacts = false
        let without = scorer.similarity(german, english)
        #expect(with > without)
        // In one language the words meet: the facts change nothing.
        german.language = "en"
        scorer.comparesNeutralFacts = true
        let sameLanguage = scorer.similarity(german, english)
        scorer.comparesNeutralFacts = false
        #expect(sameLanguage == scorer.similarity(german, english))
    }

    @Test("the two reports of one robbery join; the look-alike stays apart")
    func clustering() {
        let stories = StoryClusterer().cluster(articles: Self.articles, claims: Self.claims)
        func story(_ id: String) -> String? { stories.first { $0.articles.contains(id) }?.id }
        #expect(story("lindwacht-de") != nil)
        #expect(story("lindwacht-de") == story("lindwacht-en"))
        #expect(story("orsbeck-en") != story("lindwacht-en"))
    }
}

import Foundation
import ParallaxModel

@testable import ParallaxStories

/// The fixture articles of `Fixtures/articles.json`, clustered once for all tests.
enum StoryFixtures {
    private struct Item: Decodable {
        var id: String
        var language: String
        var published: String?
        var title: String?
        var body: String
    }

    /// The fixture articles, in file order.
    static let articles: [Article] = {
        guard let url = Bundle.module.url(forResource: "Fixtures/articles", withExtension: "json"),
            let data = try? Data(contentsOf: url),
            let items = try? JSONDecoder().decode([Item].self, from: data)
        else { return [] }
        return items.map {
            Article(id: $0.id, input: $0.id, title: $0.title, published: $0.published, language: $0.language, body: $0.body)
        }
    }()

    /// The fixture articles by id.
    static let byID: [String: Article] = Dictionary(uniqueKeysWithValues: articles.map { ($0.id, $0) })

    /// The stories of the whole fixture corpus.
    static let stories: [Story] = StoryClusterer().cluster(articles: articles, claims: [])

    /// The story id of each article.
    static let storyOf: [String: String] = {
        var result: [String: String] = [:]
        for story in stories { for id in story.articles { result[id] = story.id } }
        return result
    }()

    /// All rewrite pairs found, as sets of two ids.
    static let rewritePairs: Set<Set<String>> = Set(stories.flatMap(\.rewrites).map { Set($0.articles) })
}

import Foundation
import ParallaxModel
import Testing

@testable import ParallaxStories

/// The rewrite rules on fact sequences (`Fixtures/rewrite-facts.json`): figures must agree, and a
/// pair without figure evidence must stand out in its story as siblings.
@Suite("Rewrite rules")
struct RewriteRuleTests {
    /// One case of the fixture: a story's articles as fact sequences ("#1200" is a figure, any other
    /// label a name), their similarities ("a|b") and the expected rewrite pairs.
    struct Case: Decodable, CustomTestStringConvertible {
        struct Item: Decodable {
            var id: String
            var facts: [String]
        }
        var name: String
        var articles: [Item]
        var similarities: [String: Double]
        var rewrites: [[String]]

        var testDescription: String { name }

        /// The articles as features: facts in order, a sketch of their own (no shared wording).
        var features: [ArticleFeatures] {
            articles.map { item in
                let facts = item.facts.map { label in
                    label.hasPrefix("#")
                        ? ArticleFeatures.Fact(
                            key: ArticleFeatures.key(label.dropFirst(), kind: .figure), label: String(label.dropFirst())
                        )
                        : ArticleFeatures.Fact(
                            key: ArticleFeatures.key(label.lowercased(), kind: .entity), label: label)
                }
                let shingles = item.facts.map { StableHash.hash(item.id + "/" + $0) }
                return ArticleFeatures(
                    id: item.id, language: "de", day: nil, terms: [], facts: facts,
                    sketch: MinHashSketch(shingles: shingles),
                    keywords: [])
            }
        }

        func similarity(_ left: ArticleFeatures, _ right: ArticleFeatures) -> Double {
            similarities["\(left.id)|\(right.id)"] ?? similarities["\(right.id)|\(left.id)"] ?? 0
        }
    }

    static let cases: [Case] = {
        guard let url = Bundle.module.url(forResource: "Fixtures/rewrite-facts", withExtension: "json"),
            let data = try? Data(contentsOf: url)
        else { return [] }
        return (try? JSONDecoder().decode([Case].self, from: data)) ?? []
    }()

    @Test("the fixture loads") func fixtureLoads() {
        #expect(Self.cases.count == 5)
    }

    @Test("rewrite pairs on facts", arguments: cases)
    func rewritePairs(_ fixture: Case) {
        let found = RewriteDetector().rewrites(among: fixture.features, similarity: fixture.similarity)
        #expect(Set(found.map { Set($0.articles) }) == Set(fixture.rewrites.map(Set.init)))
    }

    @Test("a pair that rewrites by standing out says so in its evidence")
    func siblingEvidence() throws {
        let fixture = try #require(Self.cases.first { $0.name.hasPrefix("two rewrites of one source") })
        let rewrite = try #require(
            RewriteDetector().rewrites(among: fixture.features, similarity: fixture.similarity).first)
        #expect(rewrite.evidence.hasSuffix("each other's closest article in the story"))
        #expect(rewrite.evidence.hasPrefix("shares Korvalia / Tarn Offensive / 4000 / Mira Dolen in the same order"))
    }

    @Test(
        "siblings: each other's closest article by the margin, with another article to compare",
        arguments: [
            // a and b stand out: 0.54 ≥ 1.2 × 0.43.
            ([0.54, 0.42, 0.43], Set([RewriteDetector.Pair(0, 1)])),
            // Closest to each other, but not by the margin.
            ([0.46, 0.42, 0.43], Set<RewriteDetector.Pair>()),
            // b's closest is c, not a.
            ([0.5, 0.2, 0.6], Set([RewriteDetector.Pair(1, 2)])),
        ])
    func siblings(_ scores: [Double], _ expected: Set<RewriteDetector.Pair>) {
        let members = ["a", "b", "c"].map {
            ArticleFeatures(
                id: $0, language: "de", day: nil, terms: [], facts: [], sketch: MinHashSketch(shingles: []),
                keywords: [])
        }
        let table = ["a|b": scores[0], "a|c": scores[1], "b|c": scores[2]]
        let found = RewriteDetector.siblings(
            among: members, similarity: { table["\($0.id)|\($1.id)"] ?? table["\($1.id)|\($0.id)"] ?? 0 }, margin: 1.2)
        #expect(found == expected)
    }

    @Test("two articles alone in their language are never siblings")
    func siblingsNeedAThirdArticle() {
        let members = [("a", "de"), ("b", "de"), ("c", "en")].map {
            ArticleFeatures(
                id: $0.0, language: $0.1, day: nil, terms: [], facts: [], sketch: MinHashSketch(shingles: []),
                keywords: [])
        }
        #expect(RewriteDetector.siblings(among: members, similarity: { _, _ in 0.5 }, margin: 1.2).isEmpty)
    }

    @Test(
        "figures in the same order and their share of the shorter list",
        arguments: [
            (["#40", "#1200", "#650"], ["#40", "#1200", "#900", "#30"], 2, 2.0 / 3),
            (["#40", "#1200", "#650", "#23"], ["Orsk", "#40", "#1200", "#650"], 3, 1.0),
            (["#1200", "#40"], ["#40", "#1200"], 1, 0.5),
            (["Orsk"], ["#40"], 0, 0.0),
        ])
    func figureOrder(_ left: [String], _ right: [String], _ count: Int, _ coverage: Double) {
        let fixture = Case(
            name: "", articles: [.init(id: "l", facts: left), .init(id: "r", facts: right)], similarities: [:],
            rewrites: [])
        let features = fixture.features
        let order = RewriteDetector.figureOrder(features[0].facts, features[1].facts)
        #expect(order.count == count)
        #expect(abs(order.coverage - coverage) < 1e-9)
    }
}

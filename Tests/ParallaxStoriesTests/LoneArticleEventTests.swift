import Testing

@testable import ParallaxStories

/// An article that event splitting leaves alone joins the event of its story published nearest to it, within a
/// day, an undated one the event it resembles most;
/// larger events and stories of lone articles stay as the clustering left them.
@Suite("Lone articles join the nearest event")
struct LoneArticleEventTests {
    static let extractor = FeatureExtractor()

    static func member(_ id: String, _ published: String?) -> ArticleFeatures {
        extractor.features(id: id, title: nil, body: "Bericht \(id)", language: "de", published: published)
    }

    static let splitter = EventSplitter(
        scorer: SimilarityScorer(documentFrequency: [:], documentCount: 1, configuration: .init()),
        configuration: .init())

    /// A similarity matrix with `value` off the diagonal.
    static func uniform(_ count: Int, _ value: Double = 0.05) -> [[Double]] {
        (0..<count).map { i in (0..<count).map { j in i == j ? 0 : value } }
    }

    @Test(
        "a lone article within a day of an event joins it; two days later it stays alone",
        arguments: [
            ("2029-03-04T20:00:00Z", [[0, 1, 2]]),
            ("2029-03-05T08:00:00Z", [[0, 1, 2]]),
            ("2029-03-06T08:00:00Z", [[0, 1], [2]]),
        ])
    func loneArticleJoinsWithinADay(published: String, expected: [[Int]]) {
        let members = [
            Self.member("a", "2029-03-04T09:00:00Z"), Self.member("b", "2029-03-04T11:00:00Z"),
            Self.member("c", published),
        ]
        let result = Self.splitter.absorbingLoneArticles([[0, 1], [2]], of: members, similarity: Self.uniform(3))
        #expect(result.sorted { $0[0] < $1[0] } == expected)
    }

    @Test("the lone article goes to the event published nearest to it")
    func nearestEventWins() {
        let members = [
            Self.member("a", "2029-03-01T09:00:00Z"), Self.member("b", "2029-03-01T11:00:00Z"),
            Self.member("c", "2029-03-02T09:00:00Z"), Self.member("d", "2029-03-02T10:00:00Z"),
            Self.member("e", "2029-03-02T18:00:00Z"),
        ]
        let result = Self.splitter.absorbingLoneArticles([[0, 1], [2, 3], [4]], of: members, similarity: Self.uniform(5))
        #expect(result.contains([2, 3, 4]))
        #expect(result.contains([0, 1]))
    }

    @Test("an undated lone article joins the event it resembles most")
    func undatedJoinsTheMostResemblingEvent() {
        let members = [
            Self.member("a", "2029-03-01T09:00:00Z"), Self.member("b", "2029-03-01T11:00:00Z"),
            Self.member("c", "2029-03-09T09:00:00Z"), Self.member("d", "2029-03-09T10:00:00Z"),
            Self.member("e", nil),
        ]
        var similarity = Self.uniform(5)
        for other in [2, 3] {
            similarity[4][other] = 0.2
            similarity[other][4] = 0.2
        }
        let result = Self.splitter.absorbingLoneArticles([[0, 1], [2, 3], [4]], of: members, similarity: similarity)
        #expect(result.contains([2, 3, 4]))
    }

    @Test("in a story without dates an undated lone article stays alone")
    func undatedStoryKeepsItsEvents() {
        let members = [Self.member("a", nil), Self.member("b", nil), Self.member("c", nil)]
        var similarity = Self.uniform(3)
        similarity[2][0] = 0.2
        similarity[0][2] = 0.2
        let result = Self.splitter.absorbingLoneArticles([[0, 1], [2]], of: members, similarity: similarity)
        #expect(result.count == 2)
    }

    @Test("events of two and stories of lone articles stay as they were")
    func whatStaysAlone() {
        let dated = [Self.member("a", "2029-03-04T09:00:00Z"), Self.member("b", "2029-03-04T11:00:00Z")]
        #expect(Self.splitter.absorbingLoneArticles([[0], [1]], of: dated, similarity: Self.uniform(2)).count == 2)
        let four = dated + [Self.member("c", "2029-03-04T12:00:00Z"), Self.member("d", "2029-03-04T13:00:00Z")]
        #expect(
            Self.splitter.absorbingLoneArticles([[0, 1], [2, 3]], of: four, similarity: Self.uniform(4)).count == 2)
    }
}

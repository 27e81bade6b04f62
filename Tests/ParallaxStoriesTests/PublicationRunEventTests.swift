import Testing

@testable import ParallaxStories

/// A story's dated articles form one event as long as no more than two calendar days pass between one and the next;
/// a longer silence starts a new event. Stories without dates, and runs longer than the event gap, keep the
/// clustering; an undated article follows the dated articles it was clustered with.
@Suite("Runs of publication make events")
struct PublicationRunEventTests {
    static func member(_ id: String, _ published: String?) -> ArticleFeatures {
        LoneArticleEventTests.member(id, published)
    }

    static let splitter = LoneArticleEventTests.splitter

    static func day(_ day: Int) -> String { "2029-03-\(day < 10 ? "0" : "")\(day)T09:00:00Z" }

    @Test(
        "coverage on consecutive days is one event whatever the clustering; a silence of three days starts another",
        arguments: [
            ([1, 1, 2, 4], [[[0], [1, 2], [3]]], [[0, 1, 2, 3]]),
            ([1, 1, 2, 5], [[[0, 1], [2, 3]]], [[0, 1, 2], [3]]),
            ([1, 2, 10, 11], [[[0, 2], [1, 3]]], [[0, 1], [2, 3]]),
        ])
    func runsDecide(days: [Int], clusterings: [[[Int]]], expected: [[Int]]) {
        let members = days.enumerated().map { Self.member("a\($0.offset)", Self.day($0.element)) }
        for clusters in clusterings {
            let result = Self.splitter.byPublicationRuns(clusters, of: members)
            #expect(result.sorted { $0[0] < $1[0] } == expected)
        }
    }

    @Test("a story without dates keeps its clustering")
    func undatedStoryKeepsItsEvents() {
        let members = [Self.member("a", nil), Self.member("b", nil), Self.member("c", nil)]
        #expect(Self.splitter.byPublicationRuns([[0, 1], [2]], of: members) == [[0, 1], [2]])
    }

    @Test("daily coverage longer than the event gap keeps the clustering within the run")
    func longRunKeepsItsClusters() {
        let members = (1...10).map { Self.member("a\($0)", Self.day($0)) }
        let clusters = [Array(0...4), Array(5...9)]
        let result = Self.splitter.byPublicationRuns(clusters, of: members)
        #expect(result.sorted { $0[0] < $1[0] } == clusters)
    }

    @Test("an undated article joins the run of the dated articles it was clustered with, or stays alone without them")
    func undatedFollowsItsMates() {
        let members = [
            Self.member("a", Self.day(1)), Self.member("b", Self.day(2)),
            Self.member("c", Self.day(9)), Self.member("d", Self.day(9)),
            Self.member("e", nil), Self.member("f", nil),
        ]
        let result = Self.splitter.byPublicationRuns([[0, 1], [2, 4], [3], [5]], of: members)
        #expect(result.sorted { $0[0] < $1[0] } == [[0, 1], [2, 3, 4], [5]])
    }
}

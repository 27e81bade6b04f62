public import ParallaxModel

/// Sums up how each outlet tells its stories across the articles of one run.
public struct OutletProfiler: Sendable {
    /// The name used for articles without a publisher.
    public static let unknownPublisher = "unknown"

    /// Creates a profiler.
    public init() {}

    /// One profile per publisher, in order of first appearance.
    /// - Parameters:
    ///   - articles: analysed articles (their `framing` filled by ``FramingAnalyzer``).
    ///   - claims: the claims of all articles; each counts for the outlet of its article.
    ///   - unattributedAssertions: per article id, the number of claims it asserts without attribution
    ///     that other articles attribute or dispute (computed by reconciliation); missing ids count 0.
    /// - Complexity: O(a + c) for a articles and c claims.
    public func profiles(
        articles: [Article], claims: [Claim], unattributedAssertions: [String: Int] = [:]
    ) -> [OutletProfile] {
        var order: [String] = []
        var grouped: [String: [Article]] = [:]
        for article in articles {
            let publisher = article.publisher ?? Self.unknownPublisher
            if grouped[publisher] == nil { order.append(publisher) }
            grouped[publisher, default: []].append(article)
        }
        var claimsByArticle: [String: [Claim]] = [:]
        for claim in claims { claimsByArticle[claim.article, default: []].append(claim) }
        let tokenizer = WordTokenizer()
        return order.map { publisher in
            let members = grouped[publisher] ?? []
            var words = 0
            var loadedCount = 0
            var claimCount = 0
            var attributedCount = 0
            var unattributed = 0
            for article in members {
                words += tokenizer.count(in: article.body)
                loadedCount += article.framing.loaded.filter { $0.usage == "used" }.count
                let own = claimsByArticle[article.id] ?? []
                claimCount += own.count
                attributedCount += own.filter { $0.attribution != nil }.count
                unattributed += unattributedAssertions[article.id] ?? 0
            }
            let opinionShare =
                members.isEmpty ? 0 : members.map(\.framing.opinionShare).reduce(0, +) / Double(members.count)
            return OutletProfile(
                publisher: publisher, articles: members.map(\.id), opinionShare: opinionShare,
                attributedShare: claimCount == 0 ? 0 : Double(attributedCount) / Double(claimCount),
                loadedPerThousandWords: words == 0 ? 0 : Double(loadedCount) * 1000 / Double(words),
                loadedCount: loadedCount,
                sensationalHeadlines: members.filter(\.framing.sensationalHeadline).count,
                unattributedAssertions: unattributed, words: words)
        }
    }
}

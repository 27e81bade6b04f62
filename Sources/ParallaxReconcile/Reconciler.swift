public import ParallaxModel

/// The cross-article result: groups with a status, each article's omissions, and the brief.
public struct Reconciliation: Sendable, Equatable {
    public var groups: [ClaimGroup]
    /// Group ids each article leaves out, by article id.
    public var omissions: [String: [String]]
    public var brief: [BriefSentence]
    /// Claim ids each article asserts without attribution while other articles attribute or dispute the
    /// same thing, by article id.
    public var unattributedAssertions: [String: [String]]

    public init(
        groups: [ClaimGroup] = [], omissions: [String: [String]] = [:], brief: [BriefSentence] = [],
        unattributedAssertions: [String: [String]] = [:]
    ) {
        self.groups = groups
        self.omissions = omissions
        self.brief = brief
        self.unattributedAssertions = unattributedAssertions
    }
}

/// Groups claims about the same thing across the articles of a story, judges each group, finds what each
/// article omits and writes the brief.
public struct Reconciler: Sendable {
    /// Settings of the reconcile stage.
    public struct Configuration: Sendable, Equatable {
        /// Language of the brief (`de`, `en`, …); `nil` writes each story in its articles' majority language.
        public var briefLanguage: String?

        public init(briefLanguage: String? = nil) {
            self.briefLanguage = briefLanguage
        }
    }

    public var configuration: Configuration

    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// The languages a brief can be written in.
    public static var briefLanguages: [String] { ReconcileLexicon.languages }

    /// Reconciles every story.
    /// - Complexity: O(c²) in the number of claims of one group for the conflict search; linear otherwise.
    public func reconcile(articles: [Article], stories: [Story], claims: [Claim]) -> Reconciliation {
        let articlesByID = Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let claimsByArticle = Dictionary(grouping: claims, by: \.article)
        var result = Reconciliation()
        for story in stories {
            let language = configuration.briefLanguage ?? majorityLanguage(story.articles.compactMap { articlesByID[$0] })
            // Scope words ("weitere", "another") are read in each article's own language.
            let facts = story.articles.flatMap { id -> [ClaimFacts] in
                guard let article = articlesByID[id] else { return [] }
                let lexicon = ReconcileLexicon.forLanguage(article.language)
                let shared = SharedArticle(article)
                return (claimsByArticle[id] ?? []).map { ClaimFacts(claim: $0, article: shared, lexicon: lexicon) }
            }
            let judged = judge(ClaimGrouper().group(facts), startingAt: result.groups.count)
            let explanations = ExplanationWriter(names: BriefWriter(language: "en").prepared(for: judged))
            for group in judged {
                result.groups.append(
                    ClaimGroup(
                        id: group.id, story: story.id, topic: TopicNamer.topic(of: group.facts),
                        claims: group.facts.map(\.claim.id), status: group.verdict.status,
                        explanation: explanations.explain(group.verdict, group: group.facts)))
            }
            let entries = judged.map { group in
                OmissionFinder.Entry(
                    id: group.id, carriers: Set(group.facts.map(\.article.id)),
                    deniers: Set(group.facts.filter(\.isDenial).map(\.article.id)))
            }
            result.omissions.merge(OmissionFinder().omissions(storyArticles: story.articles, groups: entries)) { $1 }
            // The brief's promise is kept by construction: a sentence whose number no cited claim gives is
            // left out rather than printed (``BriefAudit``).
            result.brief += BriefAudit.supported(
                BriefWriter(language: language).brief(story: story, articles: articlesByID, groups: judged),
                claimsByArticle: claimsByArticle)
            for (article, ids) in unattributed(judged) { result.unattributedAssertions[article, default: []] += ids }
        }
        return result
    }

    private func judge(_ groups: [[ClaimFacts]], startingAt offset: Int) -> [JudgedGroup] {
        let additions = groups.flatMap { $0 }.filter { $0.scope == .additional }
        // Denials by their sentence: a figure in a denial's sentence is the denier's counter-figure.
        let denials = Dictionary(
            groups.flatMap { $0 }.filter(\.isDenial).map { ($0.sentenceKey, $0) },
            uniquingKeysWith: { first, _ in first })
        return groups.enumerated().map { index, facts in
            JudgedGroup(
                id: "g\(offset + index + 1)", facts: facts,
                verdict: StatusJudge().judge(facts, additions: additions, denialsBySentence: denials))
        }
    }

    /// Claims stated on the article's own authority where another article attributes the same thing or a
    /// party disputes it.
    private func unattributed(_ groups: [JudgedGroup]) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for group in groups where Set(group.facts.map(\.article.id)).count > 1 {
            let attributedElsewhere = group.facts.contains { $0.claim.attribution != nil && !$0.isDenial }
            guard attributedElsewhere || group.verdict.status == .disputed else { continue }
            for fact in group.facts where fact.claim.attribution == nil && !fact.isDenial {
                result[fact.article.id, default: []].append(fact.claim.id)
            }
        }
        return result
    }

    private func majorityLanguage(_ articles: [Article]) -> String {
        let counts = Dictionary(grouping: articles.map(\.language).filter { $0 != "und" }, by: { $0 }).mapValues(\.count)
        return counts.max { $0.value == $1.value ? $0.key > $1.key : $0.value < $1.value }?.key ?? "en"
    }
}

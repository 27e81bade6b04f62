public import ParallaxModel

/// The cross-article result: groups with a status, each article's omissions, and the brief.
public struct Reconciliation: Sendable, Equatable {
    public var groups: [ClaimGroup]
    /// Group ids each article leaves out, by article id.
    public var omissions: [String: [String]]
    public var brief: [BriefSentence]

    public init(groups: [ClaimGroup] = [], omissions: [String: [String]] = [:], brief: [BriefSentence] = []) {
        self.groups = groups
        self.omissions = omissions
        self.brief = brief
    }
}

/// Groups claims about the same thing across the articles of a story and judges them.
public struct Reconciler: Sendable {
    public init() {}

    public func reconcile(articles: [Article], stories: [Story], claims: [Claim]) -> Reconciliation {
        Reconciliation()
    }
}

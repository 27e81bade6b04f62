public import ParallaxModel

/// One group an article of a story leaves out, in the words a report gives it.
///
/// There are two kinds. The article asserts what other articles report as denied, and leaves the
/// denial out — the case a fact-checker most needs to see, so the report names it as a left-out denial
/// and says where the denial is reported. Or the article says nothing about a group that most other
/// articles carry.
public struct Omission: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The article carries the group's assertion but not its denial, which these articles report.
        case denial(reportedIn: [String])
        /// The article has no claim in the group, which these articles carry.
        case group(carriedBy: [String])
    }

    public var group: ClaimGroup
    public var kind: Kind

    /// The omissions of `article`, in the order of its `framing.omits`; ids without a group are skipped.
    public static func omissions(of article: Article, in report: Report) -> [Omission] {
        guard !article.framing.omits.isEmpty else { return [] }
        let wanted = Set(article.framing.omits)
        let groups = Dictionary(
            report.groups.filter { wanted.contains($0.id) }.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let members = Set(groups.values.flatMap(\.claims))
        let claims = Dictionary(
            report.claims.filter { members.contains($0.id) }.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return article.framing.omits.compactMap { id in
            guard let group = groups[id] else { return nil }
            let groupClaims = group.claims.compactMap { claims[$0] }
            if groupClaims.contains(where: { $0.article == article.id }) {
                let reporters = groupClaims.filter { $0.statement?.isDenial ?? false }.map(\.article)
                return Omission(group: group, kind: .denial(reportedIn: orderedUnique(reporters)))
            }
            return Omission(group: group, kind: .group(carriedBy: orderedUnique(groupClaims.map(\.article))))
        }
    }

    /// The omission as plain text, before a report escapes it: `the denial in g3 (dike neglected), reported
    /// in a1, a2` or `g1 (people evacuated), carried by a1, a2`.
    public var phrase: String {
        switch kind {
        case .denial(let reporters):
            let reported = reporters.isEmpty ? "" : ", reported in " + reporters.joined(separator: ", ")
            return "the denial in \(group.id) (\(group.topic))\(reported)"
        case .group(let carriers):
            let carried = carriers.isEmpty ? "" : ", carried by " + carriers.joined(separator: ", ")
            return "\(group.id) (\(group.topic))\(carried)"
        }
    }

    private static func orderedUnique(_ ids: [String]) -> [String] {
        var seen: Set<String> = []
        return ids.filter { seen.insert($0).inserted }
    }
}

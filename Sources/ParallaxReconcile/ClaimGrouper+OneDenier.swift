import ParallaxModel

extension ClaimGrouper {
    /// The statement groups with the groups of one denying party's denials joined: a party that denies in several
    /// reports of one story denies one charge (round 24's convention for a denial linked to no claim), though each
    /// report may word the charge with another act ("pocketed €240,000" beside "wirft ihm vor, 240.000 Euro
    /// angenommen zu haben"; "suspect him of siphoning off donations" beside "bestreitet jedes Fehlverhalten"), so
    /// that each report's denial followed its own report's wording into a group of its own.
    ///
    /// Two groups of statements only join when a denial in one and a denial in the other name one party
    /// (``sameParty(_:_:)``: the same name, or one name that begins with the other — "karsenia" beside "karsenia
    /// military", a company beside its longer name) and no article gives a denial in both: an article that reports a
    /// denial in each group tells the two apart (two charges, two denials). An article's other statements do not
    /// (round 33): a report that words the charge twice ("the union accuses the operator of negligence" and "the
    /// operator ignored warnings", each read as an assertion of its own) or whose other act was read into the
    /// group of a denial ("rescuers reached the flooded cave" beside "the club denied that") still reports one
    /// dispute, and its denial stood in one group only. Figure groups are left alone: a denier's
    /// counter-figure disputes a figure, and figures are grouped by their numbers.
    /// - Complexity: O(d²) for the d groups that hold a denial naming its party (a story holds few).
    static func joiningDenialsOfOneParty(_ groups: [[ClaimFacts]]) -> [[ClaimFacts]] {
        var candidates: [(group: Int, parties: [[Substring]])] = []
        for (index, group) in groups.enumerated() where group.allSatisfy({ $0.claim.kind == .statement }) {
            let parties = group.compactMap { fact -> [Substring]? in
                guard fact.isDenial, let party = fact.claim.statement?.deniedBy?.lowercased(), !party.isEmpty else {
                    return nil
                }
                return party.split(separator: " ")
            }
            if !parties.isEmpty { candidates.append((index, parties)) }
        }
        guard candidates.count > 1 else { return groups }
        var sets = GroupUnion(count: groups.count)
        // The articles of each set's denials, kept at its root: a join is refused when an article denies in both sets.
        var articles = groups.map { Set($0.filter(\.isDenial).map(\.article.id)) }
        for (offset, left) in candidates.enumerated() {
            for right in candidates[(offset + 1)...] {
                let (a, b) = (sets.root(left.group), sets.root(right.group))
                guard a != b, articles[a].isDisjoint(with: articles[b]),
                    left.parties.contains(where: { party in right.parties.contains { sameParty(party, $0) } })
                else { continue }
                sets.join(a, b)
                articles[min(a, b)].formUnion(articles[max(a, b)])
            }
        }
        return sets.merging(groups)
    }

    /// Whether two denying parties' names (their words) name one party: the same words, or all the words of the
    /// shorter at the start of the longer ("karsenia" and "karsenia military"; "kondora" and "kondora holding").
    static func sameParty(_ left: [Substring], _ right: [Substring]) -> Bool {
        let (short, long) = left.count <= right.count ? (left, right) : (right, left)
        guard !short.isEmpty else { return false }
        return long.starts(with: short)
    }
}

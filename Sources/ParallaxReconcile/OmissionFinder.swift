import ParallaxModel

/// Finds, for each article of a story, the groups that at least half of the other articles carry and it
/// does not — first of all a denial that the others report and it leaves out while asserting the claim.
///
/// A group carried by a single article is never an omission of the others: one outlet's detail is not
/// something the others agree on leaving in. So in a story of three, both others must carry it.
struct OmissionFinder: Sendable {
    /// A judged group, as the omission finder sees it.
    struct Entry: Sendable {
        var id: String
        /// Articles with any claim in the group.
        var carriers: Set<String>
        /// Articles that report a denial in the group.
        var deniers: Set<String>
    }

    /// Group ids each article omits, denials first, then by group order.
    func omissions(storyArticles: [String], groups: [Entry]) -> [String: [String]] {
        var result: [String: [String]] = [:]
        let others = storyArticles.count - 1
        guard others >= 1 else { return [:] }
        let needed = max(2, Int((Double(others) / 2).rounded(.up)))
        for article in storyArticles {
            var denialsLeftOut: [String] = []
            var groupsLeftOut: [String] = []
            for group in groups {
                if group.carriers.contains(article) {
                    let othersDenying = group.deniers.subtracting([article]).count
                    if !group.deniers.isEmpty, !group.deniers.contains(article), othersDenying >= needed {
                        denialsLeftOut.append(group.id)
                    }
                } else if group.carriers.count >= needed {
                    groupsLeftOut.append(group.id)
                }
            }
            let all = denialsLeftOut + groupsLeftOut
            if !all.isEmpty { result[article] = all }
        }
        return result
    }
}

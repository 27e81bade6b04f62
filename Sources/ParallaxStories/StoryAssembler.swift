public import ParallaxModel

/// Turns the state of a `StoryIndex` into the report's stories, with events, rewrites and labels.
extension StoryIndex {
    /// The stories found so far, numbered `s1`, `s2`, … in order of their first article.
    /// - Complexity: O(n) plus, per story of size m, O(m²) for events and rewrites (bounded).
    public func stories() -> [Story] {
        let scorer = scorer()
        var eventScorer = scorer
        eventScorer.comparesNeutralFacts = false
        let splitter = EventSplitter(scorer: eventScorer, configuration: configuration)
        let detector = RewriteDetector()
        var result: [Story] = []
        for (number, group) in storyGroups(scorer: scorer).enumerated() {
            let members = group.map { articles[$0] }
            let storyID = "s\(number + 1)"
            let events = splitter.events(of: members).enumerated().map { eventNumber, indices in
                let eventMembers = indices.map { members[$0] }
                let days = eventMembers.flatMap { [$0.firstDay ?? $0.day, $0.lastDay ?? $0.day] }.compactMap { $0 }
                return Story.Event(
                    id: "\(storyID).e\(eventNumber + 1)", label: Self.label(of: eventMembers, excluding: []),
                    articles: eventMembers.map(\.id), start: days.min().map(StoryDate.iso),
                    end: days.max().map(StoryDate.iso))
            }
            let rewrites =
                members.count <= 60
                ? detector.rewrites(among: members, similarity: scorer.similarity) : linkedRewrites(group, detector)
            result.append(
                Story(
                    id: storyID, label: Self.label(of: members, excluding: []), articles: members.map(\.id),
                    events: events, rewrites: rewrites))
        }
        return result
    }

    /// Rewrites of a large story, checked only on pairs the index linked.
    private func linkedRewrites(_ group: [Int], _ detector: RewriteDetector) -> [Story.Rewrite] {
        let inGroup = Set(group.map(Int32.init))
        return links.filter { inGroup.contains($0.first) && inGroup.contains($0.second) }
            .flatMap { detector.rewrites(among: [articles[Int($0.first)], articles[Int($0.second)]]) }
    }

    /// A label from the keywords the members share most, entities first as the extractor ranked them.
    static func label(of members: [ArticleFeatures], excluding: Set<String>) -> String {
        var votes: [String: (count: Int, rank: Int, surface: String)] = [:]
        for member in members {
            for (rank, keyword) in member.keywords.enumerated() {
                let key = keyword.lowercased()
                guard !excluding.contains(key) else { continue }
                let previous = votes[key] ?? (0, Int.max, keyword)
                votes[key] = (previous.count + 1, min(previous.rank, rank), previous.surface)
            }
        }
        let top = votes.sorted { left, right in
            if left.value.count != right.value.count { return left.value.count > right.value.count }
            if left.value.rank != right.value.rank { return left.value.rank < right.value.rank }
            return left.key < right.key
        }
        .prefix(3).map(\.value.surface)
        return top.isEmpty ? (members.first?.id ?? "") : top.joined(separator: " · ")
    }
}

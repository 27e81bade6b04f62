public import ParallaxModel

/// The claim matrix of one story: its groups as rows, its articles as columns, each cell the values as
/// written in that article (each distinct text once).
public struct ClaimMatrix: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var group: ClaimGroup
        /// Cell text per article id; absent when the article says nothing about the group.
        public var cells: [String: String]
    }

    public var story: Story
    public var rows: [Row]

    /// Builds the matrix of `story` from the report.
    public init(story: Story, report: Report) {
        self.story = story
        let claimsByID = Dictionary(report.claims.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        rows = report.groups.filter { $0.story == story.id }.map { group in
            // An assertion and its denial can share one span of one sentence; a cell shows each text once.
            var texts: [String: [String]] = [:]
            for id in group.claims {
                guard let claim = claimsByID[id], !(texts[claim.article]?.contains(claim.text) ?? false) else { continue }
                texts[claim.article, default: []].append(claim.text)
            }
            return Row(group: group, cells: texts.mapValues { $0.joined(separator: " / ") })
        }
    }

    /// A one-character mark for a status, readable without colour.
    public static func symbol(_ status: ClaimGroup.Status) -> String {
        switch status {
        case .agreed: "✔"
        case .compatible: "≈"
        case .conflicting: "✖"
        case .disputed: "⚑"
        case .singleSource: "•"
        }
    }
}

import Foundation
import ParallaxModel
import ParallaxStories

/// Debug output of the story evaluation (`PARALLAX_STORY_DEBUG=1`; never for the held-out split).
extension StoryEvaluation {
    /// Prints the predicted stories with their members' gold stories, the rewrites found, and
    /// every pair the prediction gets wrong (or that is alike although apart) with its final
    /// similarity and shared rare entities.
    static func printDiagnostics(report: Report, key: [String: String], goldStory: [String: String], split: String) {
        for story in report.stories {
            let members = story.articles.map { "\(key[$0] ?? $0)=\(goldStory[key[$0] ?? $0] ?? "?")" }
            print("[\(split)] \(story.id) \(story.label): \(members.joined(separator: " "))")
            for rewrite in story.rewrites {
                print("[\(split)] REWRITE \(rewrite.articles.map { key[$0] ?? $0 }) \(rewrite.score) \(rewrite.evidence)")
            }
        }
        var index = StoryIndex()
        for article in report.articles {
            index.add(article, claims: report.claims.filter { $0.article == article.id }, extractor: FeatureExtractor())
        }
        let storyOf = Dictionary(uniqueKeysWithValues: report.stories.flatMap { story in story.articles.map { ($0, story.id) } })
        for pair in index.pairDiagnostics() {
            let (a, b) = (key[pair.first] ?? pair.first, key[pair.second] ?? pair.second)
            let sameGold = goldStory[a] == goldStory[b]
            let samePredicted = storyOf[pair.first] == storyOf[pair.second]
            guard sameGold != samePredicted || (!sameGold && pair.score >= 0.02) else { continue }
            print(String(format: "[%@] %@ %.3f shared %d  %@ | %@", split, sameGold ? "MISS" : "APART", pair.score, pair.sharedEntities, a, b))
        }
    }
}

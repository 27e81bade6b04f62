import Foundation
import ParallaxModel
import ParallaxStories

/// Debug output of the story evaluation (`PARALLAX_STORY_DEBUG=1`; never for the held-out split).
extension StoryEvaluation {
    /// Prints the predicted stories with their members' gold stories, the rewrites found, and
    /// every pair the prediction gets wrong (or that is alike although apart) with its final
    /// similarity, how it stands against the two articles' local scales, the rare entities and the
    /// keys it shares; with `PARALLAX_STORY_DEBUG=all` also the pairs rightly joined.
    static func printDiagnostics(report: Report, key: [String: String], goldStory: [String: String], split: String) {
        for story in report.stories {
            let members = story.articles.map { "\(key[$0] ?? $0)=\(goldStory[key[$0] ?? $0] ?? "?")" }
            print("[\(split)] \(story.id) \(story.label): \(members.joined(separator: " "))")
            for rewrite in story.rewrites {
                print("[\(split)] REWRITE \(rewrite.articles.map { key[$0] ?? $0 }) \(rewrite.score) \(rewrite.evidence)")
            }
        }
        var index = StoryIndex()
        let extractor = FeatureExtractor()
        var surfaces: [String: [UInt64: String]] = [:]
        for article in report.articles {
            let claims = report.claims.filter { $0.article == article.id }
            index.add(article, claims: claims, extractor: extractor)
            surfaces[article.id] = extractor.surfaces(of: article, claims: claims)
        }
        let kinds = ["stem", "concept", "entity", "figure"]
        // PARALLAX_STORY_DEBUG=terms lists every article's terms, heaviest kinds first.
        if ProcessInfo.processInfo.environment["PARALLAX_STORY_DEBUG"] == "terms" {
            for features in index.articles {
                let terms = features.terms.sorted { ($0.key & 3, $0.count) > ($1.key & 3, $1.count) }.map { term in
                    "\(kinds[Int(term.key & 3)]):\(surfaces[features.id]?[term.key] ?? "?")×\(term.count)"
                }
                print("[\(split)] TERMS \(key[features.id] ?? features.id): \(terms.joined(separator: ", "))")
            }
        }
        // PARALLAX_STORY_DEBUG=all also prints the pairs of one gold story that were joined.
        let everyPair = ProcessInfo.processInfo.environment["PARALLAX_STORY_DEBUG"] == "all"
        let storyOf = Dictionary(uniqueKeysWithValues: report.stories.flatMap { story in story.articles.map { ($0, story.id) } })
        for pair in index.pairDiagnostics() {
            let (a, b) = (key[pair.first] ?? pair.first, key[pair.second] ?? pair.second)
            let sameGold = goldStory[a] == goldStory[b]
            let samePredicted = storyOf[pair.first] == storyOf[pair.second]
            let label = sameGold ? (samePredicted ? "JOINED" : "MISS") : (samePredicted ? "FALSE" : "APART")
            guard sameGold != samePredicted || (!sameGold && pair.score >= 0.02) || (sameGold && everyPair) else { continue }
            print(
                String(
                    format: "[%@] %@ %.3f (%.1f× local) shared %d  %@ | %@", split, label, pair.score,
                    pair.relative, pair.sharedEntities, a, b))
            if sameGold || pair.score >= 0.05 {
                let words = pair.sharedKeys.map { key in
                    let left = surfaces[pair.first]?[key] ?? "?"
                    let right = surfaces[pair.second]?[key] ?? "?"
                    return "\(kinds[Int(key & 3)]):\(left == right ? left : left + "/" + right)"
                }
                print("[\(split)]     shares \(words.joined(separator: ", "))")
            }
        }
    }
}

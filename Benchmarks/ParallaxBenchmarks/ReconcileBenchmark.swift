import ParallaxTesting
import Foundation
import ParallaxModel
import ParallaxReconcile

/// `parallax-bench reconcile [--articles N] [--claims-per-article K]`: reconciliation time for one story
/// of N articles (default 1,000), each with K claims (default 12) — figures with differing qualifiers on
/// a handful of topics, further batches, and an assertion that some articles deny.
enum ReconcileBenchmark {
    static func run(_ arguments: [String]) async throws {
        let articleCount = Int(value(of: "--articles", in: arguments) ?? "") ?? 1000
        let claimsPerArticle = Int(value(of: "--claims-per-article", in: arguments) ?? "") ?? 12
        let (articles, claims) = syntheticStory(articles: articleCount, claimsPerArticle: claimsPerArticle)
        let story = Story(id: "s1", label: "synthetic", articles: articles.map(\.id))
        var result = Reconciliation()
        // One warm-up run loads the lexicons; the timed runs measure reconciliation alone.
        _ = Reconciler().reconcile(articles: articles, stories: [story], claims: claims)
        var timings: [Double] = []
        for _ in 0..<5 {
            timings.append(BenchmarkClock.seconds {
                result = Reconciler().reconcile(articles: articles, stories: [story], claims: claims)
            })
        }
        timings.sort()
        print("reconcile: \(articleCount) articles, \(claims.count) claims in one story → \(result.groups.count) groups, \(result.brief.count) brief sentences")
        print(String(format: "reconcile: median %.3f s, best %.3f s (5 runs); peak memory %.1f MiB", timings[2], timings[0], BenchmarkClock.peakMemoryMiB))
    }

    static func value(of option: String, in arguments: [String]) -> String? {
        guard let index = arguments.firstIndex(of: option), index + 1 < arguments.count else { return nil }
        return arguments[index + 1]
    }

    /// A deterministic synthetic story.
    static func syntheticStory(articles count: Int, claimsPerArticle: Int) -> ([Article], [Claim]) {
        var generator = SeededGenerator(seed: 42)
        let measures = ["deployed", "killed", "killed or wounded", "evacuated", "controlled"]
        let units = ["soldier", "soldier", "soldier", "person", "square kilometre"]
        let qualifiers: [Quantity.Qualifier] = [.exact, .about, .atLeast, .upTo, .moreThan]
        var articles: [Article] = []
        var claims: [Claim] = []
        for index in 0..<count {
            let id = "a\(index + 1)"
            var article = Article(id: id, input: "\(id).txt", publisher: "Outlet \(index % 40)", published: "2025-04-\(10 + index % 18)", language: index % 3 == 0 ? "en" : "de")
            for k in 0..<claimsPerArticle {
                let sentenceID = "\(id).s\(k + 1)"
                let topic = Int(generator.next() % UInt64(measures.count))
                let base = Double(1000 * (topic + 1) * 7)
                let value = (base * (0.8 + Double(generator.next() % 40) / 100)).rounded()
                let further = k % 5 == 4
                article.sentences.append(Sentence(id: sentenceID, text: "\(further ? "Weitere " : "")\(Int(value)) Einheiten.", role: .reporting))
                if k == claimsPerArticle - 1 {
                    let denies = index % 4 == 0
                    claims.append(Claim(
                        id: "c\(claims.count + 1)", article: id, sentence: sentenceID, text: "recaptured the district", kind: .statement,
                        subject: denies ? "veldmark" : "ostravia",
                        statement: denies
                            ? Claim.Statement(subject: "veldmark", predicate: "denies", object: "recaptured halvor district", deniedBy: "veldmark")
                            : Claim.Statement(subject: "ostravia", predicate: "recaptured", object: "halvor district")))
                    continue
                }
                claims.append(Claim(
                    id: "c\(claims.count + 1)", article: id, sentence: sentenceID, text: "\(Int(value)) Einheiten", kind: .quantity,
                    quantity: Quantity(value: value, qualifier: qualifiers[Int(generator.next() % 5)], unit: units[topic]),
                    measure: measures[topic], subject: "ostravia",
                    attribution: generator.next() % 2 == 0 ? Attribution(text: "laut SND", source: "snd", hedged: false) : nil))
            }
            articles.append(article)
        }
        return (articles, claims)
    }
}


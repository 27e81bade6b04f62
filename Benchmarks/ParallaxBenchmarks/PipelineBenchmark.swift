import Foundation
import ParallaxClaims
import ParallaxFraming
import ParallaxIngest
import ParallaxModel
import ParallaxText

/// `parallax-bench pipeline [JSONL] [--passes N]`: the per-article stages one after another on real
/// articles — ingest + clean, text, claims, framing — each timed on its own, so that every stage's share of
/// analysing an article shows (the framing issue asks that framing add at most 20 %).
enum PipelineBenchmark {
    static func run(_ arguments: [String]) async throws {
        let corpus = arguments.first { !$0.hasPrefix("--") } ?? "../shared/corpora/10kgnad-test.jsonl"
        let passes = ReconcileBenchmark.value(of: "--passes", in: arguments).flatMap(Int.init) ?? 3
        guard FileManager.default.fileExists(atPath: corpus) else {
            print("pipeline: \(corpus) is absent; nothing to measure")
            return
        }
        let data = try Data(contentsOf: URL(fileURLWithPath: corpus))
        var best = [Double](repeating: .infinity, count: 4)
        var articleCount = 0
        var claimCount = 0
        for _ in 0..<passes {
            var times = [Double](repeating: 0, count: 4)
            var documents: [CleanDocument] = []
            times[0] = BenchmarkClock.seconds { documents = InputReader().ingest(data: data, input: corpus).documents }
            var articles: [Article] = []
            times[1] = BenchmarkClock.seconds {
                articles = documents.enumerated().map { index, document in
                    let text = ArticleTextBuilder().build(document: document, articleID: "a\(index + 1)")
                    return Article(
                        id: "a\(index + 1)", input: document.input, title: document.title, published: document.published,
                        language: text.language, body: text.body, sentences: text.sentences)
                }
            }
            var claims: [[Claim]] = []
            times[2] = BenchmarkClock.seconds { claims = articles.map { ClaimExtractor().extract(from: $0) } }
            times[3] = BenchmarkClock.seconds {
                for (article, articleClaims) in zip(articles, claims) {
                    _ = FramingAnalyzer().analyze(article, claims: articleClaims)
                }
            }
            best = zip(best, times).map { min($0, $1) }
            articleCount = articles.count
            claimCount = claims.reduce(0) { $0 + $1.count }
        }
        let names = ["ingest + clean", "text (language, sentences)", "claims", "framing"]
        let total = best.reduce(0, +)
        print("pipeline: \(articleCount) articles, \(claimCount) claims; best of \(passes) passes, one core")
        for (name, seconds) in zip(names, best) {
            print(String(format: "  %-28@ %7.3f s  %8.0f articles/s  %5.1f %%", name as NSString, seconds, Double(articleCount) / seconds, 100 * seconds / total))
        }
        let withoutFraming = total - best[3]
        print(String(format: "  framing adds %.1f %% to analysing an article (ingest, text and claims: %.3f s)", 100 * best[3] / withoutFraming, withoutFraming))
        print(String(format: "  peak memory %.1f MiB", BenchmarkClock.peakMemoryMiB))
    }
}

import Foundation
import ParallaxClaims
import ParallaxModel
import ParallaxText

/// Benchmark of the claims stage over the 10kGNAD test articles: each text goes through
/// `ArticleTextBuilder` (language, sentences) and then `ClaimExtractor`, on one core.
///
/// Usage: `parallax-bench claims [--corpus PATH] [--rounds N] [--dump PATH]`; the corpus defaults to
/// `../shared/corpora/10kgnad-test.jsonl` and is skipped with a message when absent. Prints the
/// articles and claims per second of the claims stage alone and of text + claims. `--dump` writes
/// every claim of the first round as one JSON line, so that a speed change can be shown to keep the
/// output byte for byte (`cmp` the dumps of the old and the new binary).
enum ClaimsBenchmark {
    static func run(_ arguments: [String]) async throws {
        var corpusPath = NewsCorpus.defaultPath
        var rounds = 3
        var dumpPath: String?
        var index = 0
        while index < arguments.count {
            switch arguments[index] {
            case "--corpus" where index + 1 < arguments.count:
                corpusPath = arguments[index + 1]
                index += 1
            case "--rounds" where index + 1 < arguments.count:
                rounds = max(1, Int(arguments[index + 1]) ?? rounds)
                index += 1
            case "--dump" where index + 1 < arguments.count:
                dumpPath = arguments[index + 1]
                index += 1
            default:
                print(
                    "claims: unknown option \(arguments[index]); usage: parallax-bench claims [--corpus PATH] [--rounds N] [--dump PATH]")
                return
            }
            index += 1
        }
        guard let records = try NewsCorpus(path: corpusPath)?.records else {
            print("claims: skipped, corpus not found at \(corpusPath)")
            return
        }
        let builder = ArticleTextBuilder()
        let articles = records.enumerated().map { number, record in
            let document = CleanDocument(input: record.id, blocks: [TextBlock(kind: .paragraph, text: record.text)])
            let text = builder.build(document: document, articleID: "a\(number + 1)")
            return Article(
                id: "a\(number + 1)", input: record.id, published: "2016-01-01", language: text.language,
                body: text.body, sentences: text.sentences)
        }
        let extractor = ClaimExtractor()
        var claims = 0
        var quantities = 0
        _ = extractor.extract(from: articles[0])  // load the lexicons outside the timing
        var best = Double.infinity
        var bestCPU = Double.infinity
        var dumped: [[Claim]] = []
        for round in 0..<rounds {
            let cpuStart = cpuSeconds()
            let seconds = BenchmarkClock.seconds {
                for article in articles {
                    let found = extractor.extract(from: article)
                    if round == 0 {
                        if dumpPath != nil { dumped.append(found) }
                        claims += found.count
                        quantities += found.filter { $0.kind == .quantity }.count
                    }
                }
            }
            best = min(best, seconds)
            bestCPU = min(bestCPU, cpuSeconds() - cpuStart)
        }
        if let dumpPath { try dump(dumped, to: dumpPath) }
        var bestWithText = Double.infinity
        var bestWithTextCPU = Double.infinity
        for _ in 0..<rounds {
            let cpuStart = cpuSeconds()
            let seconds = BenchmarkClock.seconds {
                for (number, record) in records.enumerated() {
                    let document = CleanDocument(input: record.id, blocks: [TextBlock(kind: .paragraph, text: record.text)])
                    let text = builder.build(document: document, articleID: "a\(number + 1)")
                    let article = Article(
                        id: "a\(number + 1)", input: record.id, published: "2016-01-01", language: text.language,
                        body: text.body, sentences: text.sentences)
                    _ = extractor.extract(from: article)
                }
            }
            bestWithText = min(bestWithText, seconds)
            bestWithTextCPU = min(bestWithTextCPU, cpuSeconds() - cpuStart)
        }
        let count = Double(articles.count)
        print("claims: \(articles.count) articles, \(claims) claims (\(quantities) quantities), best of \(rounds) rounds")
        print(String(format: "claims stage: wall %.3f s, %.0f articles/s, %.0f claims/s", best, count / best, Double(claims) / best))
        print(String(format: "claims stage: CPU %.3f s, %.0f articles/s, %.0f claims/s", bestCPU, count / bestCPU, Double(claims) / bestCPU))
        print(String(format: "text + claims: wall %.3f s, %.0f articles/s; CPU %.3f s, %.0f articles/s", bestWithText,
            count / bestWithText, bestWithTextCPU, count / bestWithTextCPU))
        print(String(format: "peak memory: %.1f MiB", BenchmarkClock.peakMemoryMiB))
    }

    /// Writes each article's claims as one JSON line (sorted keys, so equal claims give equal bytes).
    static func dump(_ articles: [[Claim]], to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var data = Data()
        for claims in articles {
            data.append(try encoder.encode(claims))
            data.append(0x0A)
        }
        try data.write(to: URL(fileURLWithPath: path))
    }

    /// CPU time of the calling thread, so that a busy machine does not distort the figures.
    static func cpuSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

import Foundation
import ParallaxClaims
import ParallaxFraming
import ParallaxModel
import ParallaxText

/// Benchmark of the framing stage against the text stage it follows.
///
/// `parallax-bench framing [CORPUS.jsonl] [--repeat N]` reads the 10kGNAD test articles (default
/// `../shared/corpora/10kgnad-test.jsonl`), builds each article's text with `ArticleTextBuilder`, then
/// runs `FramingAnalyzer` on the built articles, on one core. It prints the thread CPU time of each
/// (best of N runs; CPU time rather than wall-clock time, because the machine is shared), the
/// ratio framing / text, and the peak memory. The project's budget is framing ≤ 20 % of text building plus
/// framing's share of the per-article time. Build with `swift build -c release --product ParallaxBenchmarks`.
enum FramingBenchmark {
    static func run(_ arguments: [String]) async throws {
        var path = "../shared/corpora/10kgnad-test.jsonl"
        var repeats = 3
        var index = 0
        while index < arguments.count {
            if arguments[index] == "--repeat", index + 1 < arguments.count {
                repeats = max(1, Int(arguments[index + 1]) ?? repeats)
                index += 2
            } else {
                path = arguments[index]
                index += 1
            }
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            print("framing: corpus \(path) is absent; benchmark skipped")
            return
        }
        let documents = documents(fromJSONLines: data)
        print("framing: \(documents.count) articles from \(path), best of \(repeats) runs, one core")

        let builder = ArticleTextBuilder()
        var articles: [Article] = []
        var textSeconds = Double.infinity
        for _ in 0..<repeats {
            var built: [Article] = []
            built.reserveCapacity(documents.count)
            let seconds = cpuSeconds {
                for (number, document) in documents.enumerated() {
                    let id = "a\(number + 1)"
                    let text = builder.build(document: document, articleID: id)
                    built.append(
                        Article(
                            id: id, input: document.input, language: text.language, body: text.body,
                            sentences: text.sentences))
                }
            }
            textSeconds = min(textSeconds, seconds)
            articles = built
        }

        // The claims stage, for the share framing adds to the per-article analysis (text, claims, framing).
        let extractor = ClaimExtractor()
        var claimsSeconds = Double.infinity
        var claimsByArticle: [[Claim]] = []
        for _ in 0..<repeats {
            var extracted: [[Claim]] = []
            let seconds = cpuSeconds {
                for article in articles { extracted.append(extractor.extract(from: article)) }
            }
            claimsSeconds = min(claimsSeconds, seconds)
            claimsByArticle = extracted
        }

        let analyzer = FramingAnalyzer()
        var framingSeconds = Double.infinity
        var opinions = 0
        var loaded = 0
        for _ in 0..<repeats {
            var runOpinions = 0
            var runLoaded = 0
            let seconds = cpuSeconds {
                for (article, claims) in zip(articles, claimsByArticle) {
                    let framed = analyzer.analyze(article, claims: claims)
                    runOpinions += framed.sentences.filter { $0.role == .opinion }.count
                    runLoaded += framed.framing.loaded.count
                }
            }
            framingSeconds = min(framingSeconds, seconds)
            opinions = runOpinions
            loaded = runLoaded
        }
        let sentences = articles.reduce(0) { $0 + $1.sentences.count }
        print(String(format: "text building: %.3f s CPU (%d sentences)", textSeconds, sentences))
        print(String(format: "framing:       %.3f s CPU (%d opinion sentences, %d loaded terms)", framingSeconds, opinions, loaded))
        print(String(format: "claims:        %.3f s CPU (%d claims)", claimsSeconds, claimsByArticle.reduce(0) { $0 + $1.count }))
        print(String(format: "ratio framing / text building: %.2f", framingSeconds / max(textSeconds, 1e-9)))
        print(
            String(
                format: "framing's share of text + claims + framing: %.1f %%",
                100 * framingSeconds / max(textSeconds + claimsSeconds + framingSeconds, 1e-9)))
        print(String(format: "articles per second (framing): %.0f", Double(articles.count) / max(framingSeconds, 1e-9)))
        print(String(format: "peak memory: %.1f MiB", BenchmarkClock.peakMemoryMiB))
    }

    /// CPU time of the calling thread spent in `body`, in seconds.
    private static func cpuSeconds(_ body: () -> Void) -> Double {
        var start = timespec()
        var end = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start)
        body()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end)
        return Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
    }

    /// One document per JSON line, its `text` as one paragraph.
    private static func documents(fromJSONLines data: Data) -> [CleanDocument] {
        var documents: [CleanDocument] = []
        for line in data.split(separator: UInt8(ascii: "\n")) {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                let text = object["text"] as? String
            else { continue }
            let id = object["id"] as? String ?? "\(documents.count + 1)"
            documents.append(CleanDocument(input: id, blocks: [TextBlock(kind: .paragraph, text: text)]))
        }
        return documents
    }
}

import Foundation
import ParallaxIngest
import ParallaxModel
import ParallaxText

/// Benchmark of the ingest stage: reading articles plus the text stage's clean-and-split.
///
/// `parallax-bench ingest [JSONL] [--passes N]` reads the JSON Lines corpus (default
/// `../shared/corpora/10kgnad-test.jsonl`) through ``InputReader`` and ``ArticleTextBuilder``, then
/// reads the same articles' texts as plain-text files (plus any `.txt` of `examples/corpus`), and prints
/// articles/s, MB/s and peak memory. Run it in release mode on one core:
/// `swift build -c release --product ParallaxBenchmarks && taskset -c 0 .build/release/ParallaxBenchmarks ingest`.
enum IngestBenchmark {
    static func run(_ arguments: [String]) async throws {
        var corpus = "../shared/corpora/10kgnad-test.jsonl"
        var passes = 5
        var index = 0
        while index < arguments.count {
            if arguments[index] == "--passes", index + 1 < arguments.count {
                passes = Int(arguments[index + 1]) ?? passes
                index += 2
            } else {
                corpus = arguments[index]
                index += 1
            }
        }
        guard FileManager.default.fileExists(atPath: corpus) else {
            print("ingest: \(corpus) is absent; nothing to measure")
            return
        }
        let data = try Data(contentsOf: URL(fileURLWithPath: corpus))
        let reader = InputReader()
        let builder = ArticleTextBuilder()

        // JSON Lines: the whole file per pass.
        var jsonArticles = 0
        var problems = 0
        var cpuStart = cpuSeconds
        let jsonSeconds = BenchmarkClock.seconds {
            for _ in 0..<passes {
                let result = reader.ingest(data: data, input: corpus)
                problems = result.problems.count
                for (number, document) in result.documents.enumerated() {
                    _ = builder.build(document: document, articleID: "a\(number + 1)")
                }
                jsonArticles += result.documents.count
            }
        }
        report(
            "JSON Lines", articles: jsonArticles, bytes: data.count * passes, seconds: jsonSeconds,
            cpu: cpuSeconds - cpuStart, note: "\(problems) problems")

        // Plain text: each article's text as the bytes of one file.
        var texts: [Data] = []
        for line in data.split(separator: UInt8(ascii: "\n")) {
            if let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                let text = object["text"] as? String
            {
                texts.append(Data(text.utf8))
            }
        }
        let exampleFolder = "examples/corpus"
        if let names = try? FileManager.default.contentsOfDirectory(atPath: exampleFolder) {
            for name in names.sorted() where name.hasSuffix(".txt") {
                if let bytes = FileManager.default.contents(atPath: exampleFolder + "/" + name) { texts.append(bytes) }
            }
        }
        var textArticles = 0
        let textBytes = texts.reduce(0) { $0 + $1.count } * passes
        cpuStart = cpuSeconds
        let textSeconds = BenchmarkClock.seconds {
            for _ in 0..<passes {
                for (number, text) in texts.enumerated() {
                    guard let document = try? reader.read(data: text, input: "t\(number).txt").first else { continue }
                    _ = builder.build(document: document, articleID: "a\(number + 1)")
                    textArticles += 1
                }
            }
        }
        report(
            "plain text", articles: textArticles, bytes: textBytes, seconds: textSeconds, cpu: cpuSeconds - cpuStart,
            note: "\(texts.count) files × \(passes) passes")
        print(String(format: "ingest: peak memory %.1f MiB", BenchmarkClock.peakMemoryMiB))
    }

    /// User plus system CPU seconds of this process so far; on a shared machine this, not the wall
    /// clock, shows the cost of the work.
    private static var cpuSeconds: Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return user + system
    }

    private static func report(_ label: String, articles: Int, bytes: Int, seconds: Double, cpu: Double, note: String) {
        let megabytes = Double(bytes) / 1_048_576
        print(
            String(
                format:
                    "ingest %@: %d articles, wall %.3f s = %.0f articles/s, %.2f MB/s; CPU %.3f s = %.0f articles/s, %.2f MB/s (%@)",
                label, articles, seconds, Double(articles) / seconds, megabytes / seconds, cpu, Double(articles) / cpu,
                megabytes / cpu, note))
    }
}

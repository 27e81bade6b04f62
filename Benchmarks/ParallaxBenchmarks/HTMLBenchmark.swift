import Foundation
import ParallaxIngest
import ParallaxModel

/// `parallax-bench html [--corpus DIR] [--split dev|heldout|all] [--repeat N] [--show dev-failures]`:
/// extraction throughput (pages/s, MB/s), peak memory and the html-eval scores.
enum HTMLBenchmark {
    static func run(_ arguments: [String]) async throws {
        var corpusPath = "../shared/corpora/html-eval"
        var split = "all"
        var repeats = 1
        var show = false
        var parseOnly = false
        var pageKey: String?
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            let value = index + 1 < arguments.count ? arguments[index + 1] : ""
            switch argument {
            case "--corpus": corpusPath = value; index += 1
            case "--split": split = value; index += 1
            case "--repeat": repeats = max(1, Int(value) ?? 1); index += 1
            case "--show": show = value == "dev-failures"; index += 1
            case "--parse-only": parseOnly = true
            case "--eval": break  // scoring always runs; accepted for symmetry with `parallax eval`
            case "--page": pageKey = value; index += 1
            default: break
            }
            index += 1
        }
        let folder = URL(fileURLWithPath: corpusPath)
        guard FileManager.default.fileExists(atPath: folder.appendingPathComponent("gold.json").path) else {
            print("html: corpus not found at \(corpusPath) (pass --corpus DIR); skipped")
            return
        }
        let corpus = try HTMLEvaluationCorpus(folder: folder)
        if let pageKey, let page = corpus.pages.first(where: { $0.key == pageKey && !$0.isHeldOut }) {
            // One development page in full, for looking at a failure.
            let document: CleanDocument?
            do {
                document = try HTMLExtractor().extract(data: Data(page.bytes), input: page.url)
            } catch {
                print("error: \(error)")
                document = nil
                let prepared = HTMLCharsetDetector.prepare(page.bytes)
                if let root = HTMLDocumentParser.parse(prepared.bytes, encoding: prepared.encoding) {
                    root.measure()
                    let body = root.first { $0.tag == "body" } ?? root
                    print("body text \(body.textLength)")
                    for block in BoilerplatePruner().prune(body) { print("  - \(block.kind.rawValue)/\(block.why ?? ""): \(block.text.prefix(100))") }
                    for container in ArticleLocator().locate(in: body) { print("container \(container.tag) \(container.textLength)") }
                }
            }
            printSignals(page, document)
            for block in document?.blocks ?? [] { print("[\(block.kind.rawValue)] \(block.text.prefix(160))") }
            for block in document?.removed ?? [] { print("  - \(block.kind.rawValue)/\(block.why ?? ""): \(block.text.prefix(120))") }
            print("with: \(page.with)\nwithout: \(page.without)")
            return
        }
        let pages = corpus.pages.filter { split == "all" || (split == "heldout") == $0.isHeldOut }
        let extractor = HTMLExtractor()
        let datas = pages.map { Data($0.bytes) }
        if parseOnly {
            // Baseline: libxml2's parse plus the copy into Swift nodes, nothing else.
            let baseline = BenchmarkClock.seconds {
                for _ in 0..<repeats {
                    for page in pages {
                        let prepared = HTMLCharsetDetector.prepare(page.bytes)
                        _ = HTMLDocumentParser.parse(prepared.bytes, encoding: prepared.encoding)
                    }
                }
            }
            print(String(format: "html parse only: %.1f pages/s", Double(pages.count * repeats) / baseline))
            return
        }
        var documents: [CleanDocument?] = []
        let seconds = BenchmarkClock.seconds {
            for _ in 0..<repeats {
                documents = zip(pages, datas).map { page, data in try? extractor.extract(data: data, input: page.url) }
            }
        }
        var score = HTMLEvaluationCorpus.Score()
        for (page, document) in zip(pages, documents) {
            score.add(document, for: page)
            if show && !page.isHeldOut { report(page, document) }
        }
        let megabytes = Double(pages.reduce(0) { $0 + $1.bytes.count }) / 1_048_576
        let pagesPerSecond = Double(pages.count * repeats) / seconds
        print(
            String(
                format: "html: %d pages (%@), %.1f pages/s, %.2f MB/s, F1 %.3f (P %.3f, R %.3f), title %.3f, date %.3f, author %.3f, peak %.0f MiB",
                pages.count, split, pagesPerSecond, megabytes * Double(repeats) / seconds, score.f1, score.precision,
                score.recall, score.title, score.date, score.author, BenchmarkClock.peakMemoryMiB))
    }

    /// Prints the metadata found for a development page and the signals it was chosen from.
    private static func printSignals(_ page: HTMLEvaluationCorpus.Page, _ document: CleanDocument?) {
        print("gold title: \(page.title ?? "") | date: \(page.date ?? "") | author: \(page.author ?? "")")
        print("got  title: \(document?.title ?? "nil") | date: \(document?.published ?? "nil") | author: \(document?.authors.joined(separator: "; ") ?? "nil")")
        let prepared = HTMLCharsetDetector.prepare(page.bytes)
        guard let root = HTMLDocumentParser.parse(prepared.bytes, encoding: prepared.encoding) else { return }
        root.measure()
        let signals = PageSignals(root: root)
        let facts = JSONLDReader().read(signals.jsonLD)
        print("<title>: \(signals.title ?? "nil")")
        for key in signals.meta.keys.sorted() where key.contains("title") || key.contains("date") || key.contains("time") || key.contains("site") {
            print("meta \(key): \(signals.meta[key] ?? "")")
        }
        print("json-ld headline: \(facts.headline ?? "nil") | published: \(facts.datePublished ?? "nil") | modified: \(facts.dateModified ?? "nil") | publisher: \(facts.publisher ?? "nil")")
        for heading in signals.headings { print("h1: \(heading)") }
        for heading in signals.markedHeadlines { print("marked headline: \(heading)") }
        for time in signals.times { print("time: \(time.value) rank \(time.rank)\(time.modified ? " modified" : "")") }
        for heading in signals.dateHeadings.prefix(4) {
            print("under heading \(heading.text.prefix(60)): \(heading.dateTexts.map { String($0.prefix(60)) })")
        }
        for text in signals.dateTexts.prefix(8) { print("date text: \(text.prefix(120))") }
        for text in signals.textDates.prefix(8) { print("text date: \(text.prefix(120))") }
    }

    /// Prints what a development page got wrong, for looking at failures.
    private static func report(_ page: HTMLEvaluationCorpus.Page, _ document: CleanDocument?) {
        var one = HTMLEvaluationCorpus.Score()
        one.add(document, for: page)
        var lines: [String] = []
        if one.falseNegatives > 0 || one.falsePositives > 0 {
            lines.append("  snippets: missing \(one.falseNegatives)/\(page.with.count), unwanted \(one.falsePositives)")
        }
        if one.titleTotal > one.titleHits { lines.append("  title: \(page.title ?? "") ≠ \(document?.title ?? "nil")") }
        if one.dateTotal > one.dateHits { lines.append("  date: \(page.date ?? "") ≠ \(document?.published ?? "nil")") }
        if one.authorTotal > one.authorHits {
            lines.append("  author: \(page.author ?? "") ≠ \(document?.authors.joined(separator: "; ") ?? "nil")")
        }
        guard !lines.isEmpty else { return }
        print("\(page.key) \(page.url)")
        for line in lines { print(line) }
    }
}

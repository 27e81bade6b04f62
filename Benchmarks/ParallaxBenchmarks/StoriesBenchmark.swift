import Foundation
import ParallaxModel
import ParallaxStories

/// Benchmark of the stories stage on synthetic corpora: articles per second and peak memory.
///
/// Usage: `parallax-bench stories [--count N] [--threads 1|2] [--seed S] [--write-jsonl PATH]
/// [--dedup-only]`. Articles are generated on the fly and reduced to compact features
/// (`StoryIndex.add(features:)`), so no `Article` value is kept; with `--threads 2` feature
/// extraction runs on two cores while the index takes the features in order. `--write-jsonl`
/// writes the corpus (one JSON object per line) and exits; `--dedup-only` times MinHash-LSH
/// near-duplicate detection alone, the like-for-like comparison with the `datasketch` script.
enum StoriesBenchmark {
    static func run(_ arguments: [String]) async throws {
        var count = 10_000
        var threads = 1
        var seed: UInt64 = 2026
        var jsonlPath: String?
        var dedupOnly = false
        var index = 0
        while index < arguments.count {
            let value = index + 1 < arguments.count ? arguments[index + 1] : ""
            switch arguments[index] {
            case "--count": count = max(1, Int(value) ?? count); index += 1
            case "--threads": threads = min(2, max(1, Int(value) ?? threads)); index += 1
            case "--seed": seed = UInt64(value) ?? seed; index += 1
            case "--write-jsonl": jsonlPath = value; index += 1
            case "--dedup-only": dedupOnly = true
            default:
                print("stories: unknown option \(arguments[index]); usage: parallax-bench stories [--count N] [--threads 1|2] [--seed S] [--write-jsonl PATH] [--dedup-only]")
                return
            }
            index += 1
        }
        if let jsonlPath {
            try writeCorpus(count: count, seed: seed, path: jsonlPath)
            return
        }
        if dedupOnly {
            StoriesDedupBenchmark.run(count: count, seed: seed)
            return
        }
        await cluster(count: count, threads: threads, seed: seed)
    }

    /// Writes `count` synthetic articles as JSON Lines.
    static func writeCorpus(count: Int, seed: UInt64, path: String) throws {
        var generator = SyntheticCorpus(seed: seed)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard FileManager.default.createFile(atPath: path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        guard let handle = FileHandle(forWritingAtPath: path) else { throw CocoaError(.fileWriteUnknown) }
        var buffer = Data()
        for _ in 0..<count {
            buffer.append(try encoder.encode(generator.next()))
            buffer.append(UInt8(ascii: "\n"))
            if buffer.count > 1 << 20 {
                handle.write(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        handle.write(buffer)
        try handle.close()
        print("stories: wrote \(count) synthetic articles to \(path)")
    }

    /// Feature extraction, streaming index and story assembly over `count` generated articles.
    static func cluster(count: Int, threads: Int, seed: UInt64) async {
        var generator = SyntheticCorpus(seed: seed)
        let extractor = FeatureExtractor()
        var storyIndex = StoryIndex()
        var gold: [Int32] = []
        var copies: [(String, String)] = []
        gold.reserveCapacity(count)
        let batchSize = 4_096
        var extractionSeconds = 0.0
        var indexSeconds = 0.0
        var done = 0
        // With two threads, the features of the next batch are extracted on one core while the
        // index takes the current batch on the other.
        // Generating the synthetic articles is not part of the stage: it is timed apart and left
        // out of the total in both modes (with two threads it runs on the index's thread).
        var generationSeconds = 0.0
        func nextBatch() -> [SyntheticCorpus.Item] {
            let generationStart = ContinuousClock.now
            defer { generationSeconds += (ContinuousClock.now - generationStart).seconds }
            let batch = (0..<min(batchSize, count - done)).map { _ in generator.next() }
            done += batch.count
            for item in batch {
                gold.append(Int32(item.story.dropFirst(2))!)
                if let original = item.copies { copies.append((original, item.id)) }
            }
            return batch
        }
        let wallStart = ContinuousClock.now
        var batch = nextBatch()
        var start = ContinuousClock.now
        var features = extract(batch[...], extractor: extractor)
        extractionSeconds += (ContinuousClock.now - start).seconds
        while !features.isEmpty {
            batch = done < count ? nextBatch() : []
            let upcoming = batch
            if threads > 1 {
                let pending = Task.detached { extract(upcoming[...], extractor: extractor) }
                start = ContinuousClock.now
                for feature in features { storyIndex.add(features: feature) }
                indexSeconds += (ContinuousClock.now - start).seconds
                features = await pending.value
            } else {
                start = ContinuousClock.now
                for feature in features { storyIndex.add(features: feature) }
                indexSeconds += (ContinuousClock.now - start).seconds
                start = ContinuousClock.now
                features = extract(upcoming[...], extractor: extractor)
                extractionSeconds += (ContinuousClock.now - start).seconds
            }
        }
        let streamingSeconds = (ContinuousClock.now - wallStart).seconds
        var stories: [Story] = []
        let assemblySeconds = BenchmarkClock.seconds { stories = storyIndex.stories() }
        let total =
            threads > 1
            ? streamingSeconds - generationSeconds + assemblySeconds : extractionSeconds + indexSeconds + assemblySeconds
        let agreement = StoriesBenchmarkScore(stories: stories, gold: gold, copies: copies)
        if ProcessInfo.processInfo.environment["PARALLAX_DEBUG"] != nil, let largest = stories.max(by: { $0.articles.count < $1.articles.count }) {
            print("largest story: \(largest.articles.count) articles, label \(largest.label): \(largest.articles.prefix(30))")
        }
        print(
            String(
                format:
                    "stories: %d articles, %d thread(s): %.0f articles/s overall (features %.1f s, index %.1f s, stories %.1f s, total %.1f s; generating the corpus %.1f s apart); peak memory %.0f MiB",
                count, threads, Double(count) / total, extractionSeconds, indexSeconds, assemblySeconds, total,
                generationSeconds, BenchmarkClock.peakMemoryMiB))
        print(
            String(
                format: "stories: %d stories (gold %d); pairwise P %.3f R %.3f F1 %.3f; rewrite recall %.3f of %d copies",
                stories.count, Set(gold).count, agreement.precision, agreement.recall, agreement.f1,
                agreement.rewriteRecall, copies.count))
    }

    /// Features of a batch, in input order.
    static func extract(_ batch: ArraySlice<SyntheticCorpus.Item>, extractor: FeatureExtractor) -> [ArticleFeatures] {
        batch.map { extractor.features(id: $0.id, title: $0.title, body: $0.text, language: $0.language, published: $0.published) }
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

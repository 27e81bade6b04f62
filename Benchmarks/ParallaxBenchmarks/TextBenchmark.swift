import Foundation
import ParallaxModel
import ParallaxText

/// Benchmark of the text stage over the 10kGNAD test articles: language identification, sentence
/// splitting (both through `ArticleTextBuilder`), tokenising every sentence and stemming every word.
///
/// Usage: `parallax-bench text [--corpus PATH] [--rounds N] [--dump N]` (`--dump` prints the
/// sentences of the first N articles instead of timing); the corpus defaults to
/// `../shared/corpora/10kgnad-test.jsonl` and is skipped with a message when absent.
enum TextBenchmark {
    static func run(_ arguments: [String]) async throws {
        var corpusPath = NewsCorpus.defaultPath
        var rounds = 5
        var dump = 0
        var index = 0
        while index < arguments.count {
            switch arguments[index] {
            case "--corpus" where index + 1 < arguments.count:
                corpusPath = arguments[index + 1]
                index += 1
            case "--dump" where index + 1 < arguments.count:
                dump = max(0, Int(arguments[index + 1]) ?? 0)
                index += 1
            case "--rounds" where index + 1 < arguments.count:
                rounds = max(1, Int(arguments[index + 1]) ?? rounds)
                index += 1
            default:
                print("text: unknown option \(arguments[index]); usage: parallax-bench text [--corpus PATH] [--rounds N] [--dump N]")
                return
            }
            index += 1
        }
        guard let records = try NewsCorpus(path: corpusPath)?.records else {
            print("text: skipped, corpus not found at \(corpusPath)")
            return
        }
        let documents = records.map { record in
            CleanDocument(input: record.id, blocks: [TextBlock(kind: .paragraph, text: record.text)])
        }
        let bytes = records.reduce(0) { $0 + $1.text.utf8.count }

        let builder = ArticleTextBuilder()
        if dump > 0 {
            // Print the sentences of the first N articles, one per line, to eyeball splitting.
            for (number, document) in documents.prefix(dump).enumerated() {
                for sentence in builder.build(document: document, articleID: "a\(number)").sentences {
                    print("\(sentence.id)\t\(sentence.text)")
                }
            }
            return
        }
        let tokenizer = Tokenizer()
        var sentences = 0
        var tokens = 0
        var stemmedCharacters = 0
        var languages: [String: Int] = [:]
        func runOnce(recordTotals: Bool) {
            for (number, document) in documents.enumerated() {
                let text = builder.build(document: document, articleID: "a\(number)")
                let stemmer = Stemmers.forLanguage(text.language)
                for sentence in text.sentences {
                    for token in tokenizer.tokens(in: sentence.text, baseOffset: sentence.start) {
                        if recordTotals { tokens += 1 }
                        guard token.kind == .word, let stemmer else { continue }
                        let stem = stemmer.stem(token.text)
                        if recordTotals { stemmedCharacters += stem.utf8.count }
                    }
                }
                if recordTotals {
                    sentences += text.sentences.count
                    languages[text.language, default: 0] += 1
                }
            }
        }
        runOnce(recordTotals: true)  // warm-up; also collects the totals printed below
        var best = Double.infinity
        var total = 0.0
        var bestCPU = Double.infinity
        for _ in 0..<rounds {
            let cpuStart = cpuSeconds()
            let seconds = BenchmarkClock.seconds { runOnce(recordTotals: false) }
            bestCPU = min(bestCPU, cpuSeconds() - cpuStart)
            best = min(best, seconds)
            total += seconds
        }
        let articles = Double(documents.count)
        print("text: \(documents.count) articles, \(bytes) bytes, \(sentences) sentences, \(tokens) tokens; languages \(languages.sorted { $0.key < $1.key })")
        print(String(format: "text: best of %d rounds %.3f s: %.0f articles/s, %.2f MB/s (mean %.0f articles/s)",
            rounds, best, articles / best, Double(bytes) / best / 1e6, articles * Double(rounds) / total))
        print(String(format: "text: best CPU time %.3f s: %.0f articles/s per core, %.2f MB/s per core",
            bestCPU, articles / bestCPU, Double(bytes) / bestCPU / 1e6))
        print(String(format: "text: peak memory %.1f MiB", BenchmarkClock.peakMemoryMiB))
        _ = stemmedCharacters
        printBreakdown(documents: documents)
    }

    /// CPU seconds this process has used (user and system), unaffected by other processes' load.
    static func cpuSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Seconds each part takes on its own over the whole corpus (one round each).
    static func printBreakdown(documents: [CleanDocument]) {
        let texts = documents.map { $0.blocks.map(\.text).joined(separator: "\n\n") }
        let identifier = LanguageIdentifier()
        let splitter = SentenceSplitter(language: "de")
        let tokenizer = Tokenizer()
        let stemmer = GermanStemmer()
        var sink = 0
        let identify = BenchmarkClock.seconds { for text in texts { sink &+= identifier.identify(text).code.count } }
        let split = BenchmarkClock.seconds { for text in texts { sink &+= splitter.split(text).count } }
        var words: [String] = []
        let tokenize = BenchmarkClock.seconds {
            for text in texts {
                for token in tokenizer.tokens(in: text) where token.kind == .word { words.append(token.text) }
            }
        }
        let stem = BenchmarkClock.seconds { for word in words { sink &+= stemmer.stem(word).utf8.count } }
        print(String(format: "text: parts: identify %.3f s, split %.3f s, tokenize %.3f s, stem %.3f s (%d words) [%d]",
            identify, split, tokenize, stem, words.count, sink % 2))
    }
}

public import Foundation
import ParallaxIngest
import ParallaxModel

/// Scores ``HTMLExtractor`` on the html-eval corpus (482 real pages with trafilatura-style gold).
///
/// Metrics, each for split `dev` and `heldout` (held out: gold keys whose first hex digit is 0–3,
/// never looked at while tuning): `html.f1`, `html.precision`, `html.recall` over the `with`/`without`
/// snippets; over pages with a non-empty gold value `html.title` (exact after whitespace
/// normalisation), `html.date` (same day) and `html.author` (one lower-cased author string contains
/// the other); and `html.pagesPerSecond` (extraction only, one thread). The rules are those of
/// ``HTMLEvaluationCorpus``; they reproduce the corpus README's figures for trafilatura.
public enum HTMLEvaluation {
    /// The metrics on the corpus in folder `corpus` (holding `gold.json` and `pages/`).
    /// - Throws: when the corpus cannot be read.
    public static func run(corpus: URL) throws -> [EvaluationMetric] {
        let loaded = try HTMLEvaluationCorpus(folder: corpus)
        let extractor = HTMLExtractor()
        var metrics: [EvaluationMetric] = []
        for split in ["dev", "heldout"] {
            let pages = loaded.pages.filter { $0.isHeldOut == (split == "heldout") }
            var score = HTMLEvaluationCorpus.Score()
            let start = ContinuousClock.now
            let documents = pages.map { page in try? extractor.extract(data: Data(page.bytes), input: page.url) }
            let elapsed = ContinuousClock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            for (page, document) in zip(pages, documents) { score.add(document, for: page) }
            let snippets = score.truePositives + score.falseNegatives + score.falsePositives
            metrics += [
                EvaluationMetric(name: "html.f1", split: split, value: score.f1, count: snippets),
                EvaluationMetric(name: "html.precision", split: split, value: score.precision, count: snippets),
                EvaluationMetric(name: "html.recall", split: split, value: score.recall, count: snippets),
                EvaluationMetric(name: "html.title", split: split, value: score.title, count: score.titleTotal),
                EvaluationMetric(name: "html.date", split: split, value: score.date, count: score.dateTotal),
                EvaluationMetric(name: "html.author", split: split, value: score.author, count: score.authorTotal),
                EvaluationMetric(
                    name: "html.pagesPerSecond", split: split, value: seconds > 0 ? Double(pages.count) / seconds : 0,
                    count: pages.count),
            ]
        }
        return metrics
    }
}

import Foundation
import ParallaxModel

/// Scores ingestion and the text stage against gold: body-text precision/recall/F1 over tokens, title,
/// publisher and date accuracy, sentence-boundary F1 and language accuracy.
public enum ArticleEvaluation {
    /// The metrics of one analysed split.
    public static func metrics(for split: EvaluationSplit) -> [EvaluationMetric] {
        var bodyScore = PrecisionRecall()
        var boundaryScore = PrecisionRecall()
        var title = Accuracy(), publisher = Accuracy(), date = Accuracy(), language = Accuracy()
        for (article, gold) in split.pairs {
            if let goldBody = gold.body {
                bodyScore.add(TokenOverlap.compare(extracted: article.body, gold: goldBody))
            }
            if let goldSentences = gold.sentences {
                boundaryScore.add(
                    SentenceBoundaries.compare(extracted: article.sentences.map(\.text), gold: goldSentences))
            }
            title.add(normalized(article.title) == normalized(gold.title))
            // An outlet's name is the same name whatever its capitals ("NORDLICHT TAGEBLATT").
            publisher.add(normalized(article.publisher)?.lowercased() == normalized(gold.publisher)?.lowercased())
            date.add(article.published.map { String($0.prefix(10)) } == gold.published.map { String($0.prefix(10)) })
            if let goldLanguage = gold.language { language.add(article.language == goldLanguage) }
        }
        // Articles the report lost count as wholly missed.
        for _ in split.missing {
            title.add(false)
            publisher.add(false)
            date.add(false)
            language.add(false)
        }
        let n = split.pairs.count + split.missing.count
        return [
            EvaluationMetric(name: "body.precision", split: split.name, value: bodyScore.precision, count: n),
            EvaluationMetric(name: "body.recall", split: split.name, value: bodyScore.recall, count: n),
            EvaluationMetric(name: "body.f1", split: split.name, value: bodyScore.f1, count: n),
            EvaluationMetric(name: "title.accuracy", split: split.name, value: title.value, count: title.total),
            EvaluationMetric(name: "publisher.accuracy", split: split.name, value: publisher.value, count: publisher.total),
            EvaluationMetric(name: "date.accuracy", split: split.name, value: date.value, count: date.total),
            EvaluationMetric(name: "sentences.boundaryF1", split: split.name, value: boundaryScore.f1, count: n),
            EvaluationMetric(name: "language.accuracy", split: split.name, value: language.value, count: language.total),
        ]
    }

    /// One line per title, publisher or date disagreement of `split` (`--show-misses`): the input file,
    /// the field, what was extracted and what gold holds; a lost article is one line of its own.
    public static func misses(for split: EvaluationSplit) -> [String] {
        misses(pairs: split.pairs, missing: split.missing)
    }

    /// The disagreement lines of analysed `pairs` and of gold inputs the report lost (`missing`).
    static func misses(pairs: [(ParallaxModel.Article, GoldCorpus.Article)], missing: [String]) -> [String] {
        var lines: [String] = []
        for (article, gold) in pairs {
            let input = gold.input
            func miss(_ field: String, _ found: String?, _ expected: String?) {
                lines.append("\(input)\t\(field)\tgot \(quoted(found))\tgold \(quoted(expected))")
            }
            if normalized(article.title) != normalized(gold.title) { miss("title", article.title, gold.title) }
            if normalized(article.publisher)?.lowercased() != normalized(gold.publisher)?.lowercased() {
                miss("publisher", article.publisher, gold.publisher)
            }
            let found = article.published.map { String($0.prefix(10)) }
            let expected = gold.published.map { String($0.prefix(10)) }
            if found != expected { miss("date", article.published, gold.published) }
        }
        for input in missing { lines.append("\(input)\tarticle\tlost by the report") }
        return lines
    }

    private static func quoted(_ text: String?) -> String { text.map { "\"\($0)\"" } ?? "nil" }

    private static func normalized(_ text: String?) -> String? {
        text.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
    }
}

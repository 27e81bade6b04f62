package import ParallaxModel

/// Scores framing output against gold articles: sentence roles, loaded terms in the writer's voice,
/// sensational headlines.
///
/// Gold sentences are matched to the analysed sentences by text (whitespace-normalised): an equal
/// sentence if there is one, else the analysed sentence that contains the gold one (while the text
/// stage splits coarser than the gold), else the gold sentence counts as missed. Gold headings are left
/// out of the role scores; they belong to the text stage. Loaded terms match within one article when
/// their texts are equal or one contains the other, case-insensitively; each counts once, and a term the
/// article uses several times is one prediction (the gold lists it once per article).
package struct FramingEvaluationScorer: Sendable {
    /// The roles the role scores are averaged over.
    package static let roles = ["reporting", "opinion", "quote"]

    /// Running totals for one split.
    package struct Tally: Sendable, Equatable {
        package var sentences = 0
        package var correctRoles = 0
        /// (gold role, predicted role) → count; a missed sentence is predicted `missing`.
        package var confusion: [String: [String: Int]] = [:]
        package var predictedLoaded = 0
        package var goldLoaded = 0
        package var matchedPredicted = 0
        package var matchedGold = 0
        package var headlines = 0
        package var correctHeadlines = 0
        /// Human-readable disagreements, for tuning on dev.
        package var disagreements: [String] = []

        package init() {}
    }

    package init() {}

    /// Adds one article's comparison to `tally`.
    package func add(_ article: ParallaxModel.Article, gold: FramingEvaluationGold.Article, to tally: inout Tally) {
        let predicted = article.sentences.map { (normalized($0.text), $0.role.rawValue) }
        for (text, role) in zip(gold.sentences, gold.roles) where role != "heading" {
            let key = normalized(text)
            let guess =
                predicted.first { $0.0 == key }?.1 ?? predicted.first { $0.0.contains(key) }?.1 ?? "missing"
            tally.sentences += 1
            tally.confusion[role, default: [:]][guess, default: 0] += 1
            if guess == role {
                tally.correctRoles += 1
            } else {
                tally.disagreements.append("\(gold.input): role \(guess) ≠ gold \(role): \(text)")
            }
        }
        addLoaded(article, gold: gold.loaded.filter { $0.usage == "used" }.map(\.text), input: gold.input, to: &tally)
        tally.headlines += 1
        if article.framing.sensationalHeadline == gold.sensationalHeadline {
            tally.correctHeadlines += 1
        } else {
            tally.disagreements.append(
                "\(gold.input): headline sensational \(article.framing.sensationalHeadline) ≠ gold "
                    + "\(gold.sensationalHeadline) (\(article.framing.headlineWhy ?? ""))")
        }
    }

    /// Adds the comparison of one article's loaded terms in the writer's voice with the gold's (`used`
    /// terms, as written) to `tally`.
    package func addLoaded(_ article: ParallaxModel.Article, gold: [String], input: String, to tally: inout Tally) {
        // A term counts once per article, however often the writer uses it (as the gold lists it).
        var listed = Set<String>()
        let goldUsed = gold.map { $0.lowercased() }.filter { listed.insert($0).inserted }
        var seen = Set<String>()
        let predictedUsed = article.framing.loaded.filter { $0.usage == "used" }.map { $0.text.lowercased() }
            .filter { seen.insert($0).inserted }
        tally.goldLoaded += goldUsed.count
        tally.predictedLoaded += predictedUsed.count
        var unmatchedGold = goldUsed
        for term in predictedUsed {
            if let index = unmatchedGold.firstIndex(where: { $0 == term || $0.contains(term) || term.contains($0) }) {
                unmatchedGold.remove(at: index)
                tally.matchedPredicted += 1
                tally.matchedGold += 1
            } else {
                tally.disagreements.append("\(input): loaded term not in gold: \(term)")
            }
        }
        for term in unmatchedGold {
            tally.disagreements.append("\(input): loaded term missed: \(term)")
        }
    }

    /// The loaded-term metrics alone (for real-text splits whose gold has no sentences or roles).
    package func loadedMetrics(_ tally: Tally, split: String) -> [EvaluationMetric] {
        metrics(tally, split: split).filter { $0.name.hasPrefix("framing.loaded.") }
    }

    /// The metrics of a tally, named `framing.<what>`.
    package func metrics(_ tally: Tally, split: String, suffix: String = "") -> [EvaluationMetric] {
        func metric(_ name: String, _ value: Double, _ count: Int) -> EvaluationMetric {
            EvaluationMetric(name: "framing.\(name)\(suffix)", split: split, value: value, count: count)
        }
        return [
            metric("role.accuracy", ratio(tally.correctRoles, tally.sentences), tally.sentences),
            metric("role.macroF1", macroF1(tally.confusion), tally.sentences),
            metric("loaded.precision", ratio(tally.matchedPredicted, tally.predictedLoaded), tally.predictedLoaded),
            metric("loaded.recall", ratio(tally.matchedGold, tally.goldLoaded), tally.goldLoaded),
            metric("headline.accuracy", ratio(tally.correctHeadlines, tally.headlines), tally.headlines),
        ]
    }

    /// Mean F1 over ``roles``.
    package func macroF1(_ confusion: [String: [String: Int]]) -> Double {
        var sum = 0.0
        for role in Self.roles {
            let truePositives = confusion[role]?[role] ?? 0
            let goldCount = confusion[role]?.values.reduce(0, +) ?? 0
            let predictedCount = confusion.values.reduce(0) { $0 + ($1[role] ?? 0) }
            let precision = ratio(truePositives, predictedCount)
            let recall = ratio(truePositives, goldCount)
            sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        }
        return sum / Double(Self.roles.count)
    }

    private func ratio(_ part: Int, _ whole: Int) -> Double {
        whole == 0 ? 0 : Double(part) / Double(whole)
    }

    private func normalized(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

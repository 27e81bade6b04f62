import ParallaxModel

extension ClaimEvaluation {
    /// Tallies of one split: extracted and gold quantities, pairs and their agreements.
    struct Counts {
        var gold = 0
        /// Gold quantities of articles that ingestion could read (the report has the article).
        var readableGold = 0
        var extracted = 0
        var pairs = 0
        var correct = 0
        var measure = 0
        var time = 0
        var subject = 0
        var source = 0
        var hedged = 0
        /// Disagreements, for `PARALLAX_EVAL_VERBOSE`.
        var misses: [String] = []

        mutating func add(_ claim: Claim, _ gold: GoldClaim) {
            pairs += 1
            let unitOK = claim.quantity?.unit == gold.unit
            let qualifierOK = claim.quantity?.qualifier.rawValue == gold.qualifier
            if unitOK && qualifierOK { correct += 1 }
            // A time with neither start nor end (a weekday in an article without a date) is no interval.
            let goldTime = gold.time.map { GoldTime(start: $0.start, end: $0.end) }.flatMap(\.interval)
            let time = claim.time.map { GoldTime(start: $0.start, end: $0.end) }.flatMap(\.interval)
            let agreements: [(String, Bool, String, String)] = [
                ("unit", unitOK, gold.unit ?? "nil", claim.quantity?.unit ?? "nil"),
                ("qualifier", qualifierOK, gold.qualifier ?? "nil", claim.quantity?.qualifier.rawValue ?? "nil"),
                ("measure", claim.measure == gold.measure, gold.measure ?? "nil", claim.measure ?? "nil"),
                ("time", time == goldTime, "\(goldTime?.start ?? "nil")…\(goldTime?.end ?? "nil")",
                    "\(time?.start ?? "nil")…\(time?.end ?? "nil") \(claim.time?.text ?? "")"),
                ("subject", claim.subject == gold.subject, gold.subject ?? "nil", claim.subject ?? "nil"),
                ("source", claim.attribution?.source == gold.source, gold.source ?? "nil", claim.attribution?.source ?? "nil"),
                ("hedged", (claim.attribution?.hedged ?? false) == (gold.hedged ?? false), "\(gold.hedged ?? false)",
                    "\(claim.attribution?.hedged ?? false) \(claim.attribution?.why ?? "")"),
            ]
            for (name, ok, expected, got) in agreements where !ok {
                misses.append("\(name): \(gold.text) — expected \(expected), got \(got)")
            }
            if agreements[2].1 { measure += 1 }
            if agreements[3].1 { self.time += 1 }
            if agreements[4].1 { subject += 1 }
            if agreements[5].1 { source += 1 }
            if agreements[6].1 { hedged += 1 }
        }

        func metrics(split: String) -> [EvaluationMetric] {
            let precision = extracted == 0 ? 0 : Double(correct) / Double(extracted)
            let recall = gold == 0 ? 0 : Double(correct) / Double(gold)
            let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
            func accuracy(_ count: Int) -> Double { pairs == 0 ? 0 : Double(count) / Double(pairs) }
            let readableRecall = readableGold == 0 ? 0 : Double(correct) / Double(readableGold)
            let readableF1 =
                precision + readableRecall == 0 ? 0 : 2 * precision * readableRecall / (precision + readableRecall)
            return [
                EvaluationMetric(name: "claims.quantity.precision", split: split, value: precision, count: extracted),
                EvaluationMetric(name: "claims.quantity.recall", split: split, value: recall, count: gold),
                EvaluationMetric(name: "claims.quantity.f1", split: split, value: f1, count: correct),
                EvaluationMetric(
                    name: "claims.quantity.recall.readable", split: split, value: readableRecall, count: readableGold),
                EvaluationMetric(name: "claims.quantity.f1.readable", split: split, value: readableF1, count: correct),
                EvaluationMetric(name: "claims.measure.accuracy", split: split, value: accuracy(measure), count: pairs),
                EvaluationMetric(name: "claims.time.accuracy", split: split, value: accuracy(time), count: pairs),
                EvaluationMetric(name: "claims.subject.accuracy", split: split, value: accuracy(subject), count: pairs),
                EvaluationMetric(name: "claims.source.accuracy", split: split, value: accuracy(source), count: pairs),
                EvaluationMetric(name: "claims.hedged.accuracy", split: split, value: accuracy(hedged), count: pairs),
            ]
        }
    }
}

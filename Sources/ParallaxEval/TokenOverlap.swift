/// Bag-of-words overlap between an extracted text and the gold text, as extraction benchmarks count it.
enum TokenOverlap {
    /// Tokens are maximal runs of letters and digits, lower-cased; each token occurrence counts once.
    static func compare(extracted: String, gold: String) -> PrecisionRecall {
        var goldCounts = counts(gold)
        var score = PrecisionRecall()
        for (token, count) in counts(extracted) {
            let available = goldCounts[token, default: 0]
            let matched = min(available, count)
            score.truePositives += matched
            score.falsePositives += count - matched
            goldCounts[token] = available - matched
        }
        score.falseNegatives = goldCounts.values.reduce(0, +)
        return score
    }

    static func counts(_ text: String) -> [String: Int] {
        var result: [String: Int] = [:]
        var current = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if !current.isEmpty {
                result[current, default: 0] += 1
                current = ""
            }
        }
        if !current.isEmpty { result[current, default: 0] += 1 }
        return result
    }
}

/// Bag-of-words overlap between an extracted text and the gold text, as extraction benchmarks count it.
enum TokenOverlap {
    /// Tokens are maximal runs of letters and digits, lower-cased; each token occurrence counts once.
    static func compare(extracted: String, gold: String) -> PrecisionRecall {
        MultisetComparison.compare(extracted: counts(extracted), gold: counts(gold))
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

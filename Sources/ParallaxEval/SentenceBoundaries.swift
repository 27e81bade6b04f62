/// Sentence-boundary precision and recall.
///
/// A boundary is identified by the text around it (up to 24 non-space characters before and after),
/// not by its offset, so that a small difference in the extracted body does not shift every boundary.
enum SentenceBoundaries {
    static func compare(extracted: [String], gold: [String]) -> PrecisionRecall {
        MultisetComparison.compare(extracted: keys(extracted), gold: keys(gold))
    }

    /// One key per boundary between consecutive sentences: the 24 non-space characters before and after
    /// it in the whole text, so that a missed or extra boundary elsewhere does not change this one's key.
    static func keys(_ sentences: [String]) -> [String: Int] {
        var stream: [Unicode.Scalar] = []
        var boundaries: [Int] = []
        for (index, sentence) in sentences.enumerated() {
            stream += sentence.unicodeScalars.filter { !$0.properties.isWhitespace }
            if index < sentences.count - 1 { boundaries.append(stream.count) }
        }
        var result: [String: Int] = [:]
        for position in boundaries {
            let before = String(String.UnicodeScalarView(stream[max(0, position - 24)..<position]))
            let after = String(String.UnicodeScalarView(stream[position..<min(stream.count, position + 24)]))
            result[before + "|" + after, default: 0] += 1
        }
        return result
    }
}
